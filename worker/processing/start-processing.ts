import PgBoss from "pg-boss";

import type { PrismaClient } from "../../generated/prisma/client";
import { EVENT_HANDLERS } from "../../lib/events/handlers";
import { DEFAULT_RETRY_POLICY, processEvent, type RetryPolicy } from "../../lib/events/process-event";
import { purgeExpiredPayloads } from "../../lib/events/retention";
import type { logger as Logger } from "../../lib/logger";

const QUEUE = "process-event";

export type ProcessingOptions = {
  db: PrismaClient;
  databaseUrl: string;
  logger: typeof Logger;
  policy?: RetryPolicy;
  concurrency?: number;
  sweepIntervalMs?: number;
  retentionDays?: number;
};

/**
 * Event processing. Our ProviderEvent row is the single source of truth for
 * status, attempts and the next retry time (the UI shows them); pg-boss gives
 * durable dispatch to competing workers on any number of instances. The queue is
 * "stately" with the event id as singleton key, so an event is queued at most
 * once however often the sweeper sees it. The sweeper finds due events (new,
 * replayed or retrying) and queues them; a crash between storing and queueing
 * therefore only delays an event by one sweep.
 */
export async function startProcessing(options: ProcessingOptions) {
  const { db, logger } = options;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 3, supervise: true });
  boss.on("error", (err) => logger.error({ err }, "job queue error"));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: 300 });

  for (let i = 0; i < (options.concurrency ?? 4); i++) {
    await boss.work<{ eventId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (!job) return;
      const outcome = await processEvent(db, BigInt(job.data.eventId), EVENT_HANDLERS, policy);
      if (outcome === "failed" || outcome === "dead") logger.warn({ eventId: job.data.eventId, outcome }, "event processing failed");
    });
  }

  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const due = await db.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM "ProviderEvent"
         WHERE status IN ('PENDING', 'FAILED') AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
         ORDER BY id LIMIT 1000`;
      if (due.length > 0) {
        await boss.insert(due.map(({ id }) => ({ name: QUEUE, data: { eventId: id.toString() }, singletonKey: id.toString() })));
      }
    } catch (err) {
      logger.error({ err }, "event sweep failed");
    } finally {
      sweeping = false;
    }
  };
  const sweepTimer = setInterval(() => void sweep(), options.sweepIntervalMs ?? 1_000);
  void sweep();

  const retentionDays = options.retentionDays ?? 0;
  const purge = async () => {
    try {
      const purged = await purgeExpiredPayloads(db, retentionDays);
      if (purged.events + purged.rejections > 0) logger.info({ ...purged, retentionDays }, "purged expired event payloads");
    } catch (err) {
      logger.error({ err }, "payload retention failed");
    }
  };
  const purgeTimer = retentionDays > 0 ? setInterval(() => void purge(), 3_600_000) : undefined;
  if (retentionDays > 0) void purge();

  return {
    async stop() {
      clearInterval(sweepTimer);
      if (purgeTimer) clearInterval(purgeTimer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
