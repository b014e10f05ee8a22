import type { Db } from "@/lib/db/create-client";

/**
 * Deletes payloads (and rejected bodies) older than `days`, keeping each row's
 * metadata, in batches so a large purge never holds long locks. The payload is
 * really gone: set to NULL, not hidden. Returns how many payloads were purged.
 */
export async function purgeExpiredPayloads(db: Db, days: number, batchSize = 5_000): Promise<{ events: number; rejections: number }> {
  if (days <= 0) return { events: 0, rejections: 0 };
  const cutoff = new Date(Date.now() - days * 86_400_000);
  let events = 0;
  for (;;) {
    const purged = await db.$executeRaw`
      UPDATE "ProviderEvent" SET "payload" = NULL, "payloadPurgedAt" = now()
       WHERE id IN (SELECT id FROM "ProviderEvent" WHERE "receivedAt" < ${cutoff} AND "payload" IS NOT NULL LIMIT ${batchSize})`;
    events += purged;
    if (purged < batchSize) break;
  }
  // In batches too: every statement now has a timeout (DATABASE_STATEMENT_TIMEOUT_MS), and a
  // backlog of rejections from before the log was capped must not fail the purge every hour.
  let rejections = 0;
  for (;;) {
    const purged = await db.$executeRaw`
      UPDATE "EventRejection" SET "body" = ''
       WHERE id IN (SELECT id FROM "EventRejection" WHERE "receivedAt" < ${cutoff} AND "body" <> '' LIMIT ${batchSize})`;
    rejections += purged;
    if (purged < batchSize) break;
  }
  return { events, rejections };
}
