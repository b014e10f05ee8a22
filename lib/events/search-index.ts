import { Prisma, type PrismaClient } from "@/generated/prisma/client";

/** Any client (the web's, the worker's, a transaction): only raw SQL is used. */
type Db = Pick<PrismaClient, "$executeRaw">;

/**
 * How far below the newest indexed event the indexer looks again, and the list's tail scan
 * looks at all (event-where-sql.ts): ids are taken when a row is inserted but become
 * visible at commit, so an ingest batch committing late can hold ids below ones already
 * indexed. Ingest batches are 500 rows; 10,000 ids cover many concurrent batches in flight.
 */
export const SEARCH_TAIL_IDS = 10_000;

/**
 * Indexes up to `batchSize` stored events whose payload text is not yet searchable, oldest
 * first, and returns how many. The trigram index is kept off the ingest path on purpose:
 * maintaining it inside the ingest transaction made batched ingest 3.5× slower. Events not
 * yet indexed (seconds old) are still found by the list's tail scan. Purged payloads
 * (retention) are skipped, so they are never indexed again.
 */
export async function indexEventSearchText(db: Db, batchSize = 1_000): Promise<number> {
  // The anti-join is bounded on both sides, or a merge join reads the search table's whole key.
  const tailStart = Prisma.sql`(SELECT coalesce(max("eventId"), 0) - ${SEARCH_TAIL_IDS} FROM "EventSearchText")`;
  return db.$executeRaw`
    INSERT INTO "EventSearchText" ("eventId", "text")
    SELECT t."id", event_search_text(t."payload") FROM "ProviderEvent" t
     WHERE t."id" > ${tailStart}
       AND t."payload" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM "EventSearchText" s WHERE s."eventId" = t."id" AND s."eventId" > ${tailStart})
     ORDER BY t."id" LIMIT ${batchSize}
    ON CONFLICT ("eventId") DO NOTHING`;
}

/** Indexes batches until the indexer has caught up; returns the number indexed. */
export async function indexPendingEventSearchText(db: Db, batchSize = 1_000): Promise<number> {
  let total = 0;
  for (;;) {
    const indexed = await indexEventSearchText(db, batchSize);
    total += indexed;
    if (indexed < batchSize) return total;
  }
}
