import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { DriftFilter } from "@/lib/validations/reconciliation";

type Filter = Omit<DriftFilter, "page" | "object"> & { object?: string | null };

export function driftWhere(filter: Filter): Prisma.DriftItemWhereInput {
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.provider ? { provider: filter.provider } : {}),
    ...(filter.check ? { check: filter.check } : {}),
    ...(filter.object ? { objectRef: filter.object } : {}),
  };
}

/** Newest first by when it was first seen; the count and the page use the same filter. */
export async function findDriftItems(filter: Filter, page: number, size: number) {
  const where = driftWhere(filter);
  const [total, items] = await Promise.all([
    getDb().driftItem.count({ where }),
    getDb().driftItem.findMany({
      where,
      orderBy: [{ firstSeenAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * size,
      take: size,
    }),
  ]);
  return { total, items };
}

/** Every matching item, in batches, for the CSV export. */
export async function* iterateDriftItems(filter: Filter, batch = 500) {
  const where = driftWhere(filter);
  let cursor: string | undefined;
  for (;;) {
    const rows = await getDb().driftItem.findMany({
      where,
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    yield* rows;
    if (rows.length < batch) return;
    cursor = rows.at(-1)!.id;
  }
}

export async function getDriftItem(id: string) {
  const item = await getDb().driftItem.findUnique({ where: { id } });
  if (!item) return null;
  const people = [item.acknowledgedById, item.resolvedById].filter((v): v is string => Boolean(v));
  const users = people.length ? await getDb().user.findMany({ where: { id: { in: people } }, select: { id: true, email: true } }) : [];
  const emailOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.email ?? id) : null);
  return { ...item, acknowledgedBy: emailOf(item.acknowledgedById), resolvedBy: emailOf(item.resolvedById) };
}

/** The latest runs with their checks' figures. */
export function findRuns(take = 10) {
  return getDb().reconciliationRun.findMany({
    orderBy: { startedAt: "desc" },
    take,
    include: { checks: { orderBy: { startedAt: "asc" } } },
  });
}
