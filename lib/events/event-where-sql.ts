import { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/validations/events";

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself (backslash is the ESCAPE character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Payload text search looks this far back from `to` (or now) unless the filter sets
 * `from`: the same 24 hours the page's chart shows by default. It is a substring match
 * (ILIKE on the JSONB rendered as text), so no b-tree helps and every candidate row is
 * rendered and read: ~12 µs a row on a busy 2-core machine, so 1M events take seconds,
 * a week (78k) ~1 s and a day (11k) ~100 ms. A pg_trgm GIN index made it 14–58 ms over
 * everything, but costs ~276 MB per 1M events and made batched ingest 3.5× slower
 * (6,350 → 1,600 rows/s in batches of 500), sinking ingest below its target; a tsvector
 * would match whole words only. The window keeps ingest fast and the match exact; an
 * older event is found by setting `from` (slower, and the person chose it) or by its
 * entity id, which is indexed. README "Events" says the same.
 * Also tried (branch feat/search-trgm): the trigram index on a side table of the payload's
 * values, filled by the worker after ingest (ingest unchanged), plus a scan of the
 * not-yet-indexed tail. On 1M events, load ~6: ISIN 58/83 ms p50/p95 and an order id
 * 32/60 ms over all events, but a common word (35 % of events) 2.1/3.1 s against ~10 ms
 * here (the bitmap reads every match before the newest 50), 402 MB per 1M events, and
 * the indexer ran at ~2,100 rows/s, below peak ingest. Not adopted for that.
 * Also tried (session 3): the trigram index partial on `status <> 'PENDING'`, so a row is
 * indexed by the worker's processing update instead of at ingest. It added ~120 µs of
 * database time per processed event (20,000 updates: 3.3 s → 5.7 s; 17 s without
 * fastupdate), the planner always estimated ~97 matches (so a common word took 2.3–2.8 s
 * unless searched newest-first first), and a term with many trigram near-misses
 * ('acc_42"': 27,000 candidates, each re-rendered from JSONB) took ~250 ms. Not adopted.
 */
export const TEXT_SEARCH_HOURS = 24;

/** Where a payload text search starts when the filter sets no `from`; undefined when it does. */
export function textSearchFrom(filter: Pick<EventFilter, "q" | "from" | "to">): Date | undefined {
  if (!filter.q || filter.from) return undefined;
  return new Date((filter.to?.getTime() ?? Date.now()) - TEXT_SEARCH_HOURS * 3_600_000);
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
  if (filter.q) {
    const windowStart = textSearchFrom(filter);
    if (windowStart) conditions.push(Prisma.sql`"receivedAt" >= ${windowStart}`);
    conditions.push(Prisma.sql`"payload"::text ILIKE ${"%" + escapeLike(filter.q) + "%"} ESCAPE '\\'`);
  }
  return Prisma.join(conditions, " AND ");
}
