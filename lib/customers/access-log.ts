import "server-only";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getRequestContext } from "@/lib/request-context";

/** One row per view of a customer page (issue #14): who, when, which customer, from where. */
export async function recordCustomerAccess(user: CurrentUser, customerId: string) {
  const request = await getRequestContext();
  await getDb().customerAccess.create({
    data: { customerId, userId: user.id, role: user.role, requestId: request.requestId, ip: request.ip },
  });
}

export type CustomerAccessRow = { id: string; at: string; userId: string; email: string | null; role: string; ip: string | null };

/** Newest first; callers check customers.access_log (COMPLIANCE, ADMIN) before calling. */
export async function findCustomerAccesses(customerId: string, limit = 100): Promise<CustomerAccessRow[]> {
  const rows = await getDb().customerAccess.findMany({ where: { customerId }, orderBy: { at: "desc" }, take: limit });
  const users = await getDb().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.userId))] } },
    select: { id: true, email: true },
  });
  const email = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    userId: r.userId,
    email: email.get(r.userId) ?? null,
    role: r.role,
    ip: r.ip,
  }));
}
