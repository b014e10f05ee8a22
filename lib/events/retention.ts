import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Deletes payloads (and rejected bodies) older than `days`, keeping each row's
 * metadata, in batches so a large purge never holds long locks. The payload is
 * really gone: set to NULL, not hidden. Returns how many payloads were purged.
 */
export async function purgeExpiredPayloads(
  db: PrismaClient,
  days: number,
  batchSize = 5_000,
): Promise<{ events: number; rejections: number }> {
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
  const rejections = await db.$executeRaw`
    UPDATE "EventRejection" SET "body" = '' WHERE "receivedAt" < ${cutoff} AND "body" <> ''`;
  return { events, rejections };
}
