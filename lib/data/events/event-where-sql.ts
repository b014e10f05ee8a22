import { Prisma } from "@/generated/prisma/client";
import { SEARCH_TAIL_IDS } from "@/lib/events/search-index";
import type { EventFilter } from "@/lib/validations/events";

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself (backslash is the ESCAPE character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Payload text search: a substring match (ILIKE) on the payload's string and number values,
 * not its keys, over every stored event. It reads the pg_trgm GIN index on
 * "EventSearchText", which the worker fills after ingest (lib/events/search-index.ts):
 * maintaining that index inside ingest made batched ingest 3.5× slower. Events the indexer
 * has not reached yet (seconds old, or more if the worker is down) are matched by rendering
 * their payloads on the fly: the ids above the newest indexed one, less SEARCH_TAIL_IDS for
 * late commits, that have no search text. So nothing received is missed; a lagging indexer
 * only makes the search slower. README "Events" says the same.
 */
function payloadTextMatches(q: string): Prisma.Sql {
  const pattern = "%" + escapeLike(q) + "%";
  const tailStart = Prisma.sql`(SELECT coalesce(max("eventId"), 0) - ${SEARCH_TAIL_IDS} FROM "EventSearchText")`;
  // The tail: the anti-join is bounded on both sides (else a merge join reads the whole
  // search table's key), and OFFSET 0 keeps the payload rendering after it, for the few
  // unindexed rows only (rendering all 10,000 took ~300 ms).
  return Prisma.sql`"id" IN (
    SELECT "eventId" FROM "EventSearchText" WHERE "text" ILIKE ${pattern} ESCAPE '\\'
    UNION ALL
    SELECT u."id" FROM (
      SELECT t."id" FROM "ProviderEvent" t
       WHERE t."id" > ${tailStart}
         AND NOT EXISTS (SELECT 1 FROM "EventSearchText" s WHERE s."eventId" = t."id" AND s."eventId" > ${tailStart})
      OFFSET 0) u
     JOIN "ProviderEvent" p ON p."id" = u."id"
     WHERE event_search_text(p."payload") ILIKE ${pattern} ESCAPE '\\')`;
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
  if (filter.q) conditions.push(payloadTextMatches(filter.q));
  return Prisma.join(conditions, " AND ");
}
