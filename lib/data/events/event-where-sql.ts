import { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/validations/events";

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself (backslash is the ESCAPE character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The SQL twin of `eventWhere`, for the queries Prisma's query builder cannot
 * express: the text-in-payload search and the per-type time buckets. The
 * integration test checks both give the same rows for the same filter, so keep
 * them in step. Every user value is a bound parameter (Prisma.sql), never text.
 */
export function eventWhereSql(filter: Omit<EventFilter, "before">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.provider) conditions.push(Prisma.sql`"provider" = ${filter.provider}::"Provider"`);
  if (filter.type) conditions.push(Prisma.sql`"type" LIKE ${escapeLike(filter.type) + "%"} ESCAPE '\\'`);
  if (filter.status) conditions.push(Prisma.sql`"status" = ${filter.status}::"EventStatus"`);
  if (filter.entity) {
    const e = filter.entity;
    conditions.push(
      Prisma.sql`("portfolioRef" = ${e} OR "userRef" = ${e} OR "customerRef" = ${e} OR "accountRef" = ${e} OR "orderRef" = ${e} OR "investmentRef" = ${e})`,
    );
  }
  if (filter.from) conditions.push(Prisma.sql`"receivedAt" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`"receivedAt" <= ${filter.to}`);
  // A sequential scan over payload text: acceptable at back-office volumes; a pg_trgm index would make it fast.
  if (filter.q) conditions.push(Prisma.sql`"payload"::text ILIKE ${"%" + escapeLike(filter.q) + "%"} ESCAPE '\\'`);
  return Prisma.join(conditions, " AND ");
}
