import "server-only";

import { getDb } from "@/lib/db";

export async function findUsers() {
  return getDb().user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, passwordChangedAt: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof findUsers>>[number];
