import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { AuditFilter } from "@/lib/validations/audit";

export const AUDIT_PAGE_SIZE = 50;

export function auditWhere(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  return {
    ...(filter.action && { action: { startsWith: filter.action } }),
    ...(filter.actor && { actorEmail: { contains: filter.actor, mode: "insensitive" } }),
    ...(filter.target && { targetId: filter.target }),
    ...(filter.outcome && { outcome: filter.outcome }),
    ...((filter.from || filter.to) && { createdAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lte: filter.to }) } }),
  };
}

/**
 * One page, newest first, by keyset on the id (ids only grow, so the page is stable
 * while new entries arrive and costs the same at any depth, unlike OFFSET).
 */
export async function findAuditEntries(filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  const rows = await getDb().auditEntry.findMany({
    where: { ...auditWhere(filter), ...(filter.before && { id: { lt: BigInt(filter.before) } }) },
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { entries: page, nextCursor: rows.length > pageSize && last ? last.id.toString() : null };
}

/** Every matching entry in keyset batches, for the CSV export (constant memory). */
export async function* iterateAuditEntries(filter: AuditFilter, batchSize = 1000) {
  let before: bigint | undefined;
  for (;;) {
    const rows = await getDb().auditEntry.findMany({
      where: { ...auditWhere(filter), ...(before !== undefined && { id: { lt: before } }) },
      orderBy: { id: "desc" },
      take: batchSize,
    });
    yield* rows;
    if (rows.length < batchSize) return;
    before = rows.at(-1)!.id;
  }
}

export type AuditEntryRow = Awaited<ReturnType<typeof findAuditEntries>>["entries"][number];
