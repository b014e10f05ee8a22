import type PgBoss from "pg-boss";

import type { Db } from "../../lib/db/create-client";
import { EVENT_HANDLERS } from "../../lib/events/handlers";
import { DEFAULT_RETRY_POLICY, processEvent, type RetryPolicy } from "../../lib/events/process-event";
import { purgeExpiredPayloads } from "../../lib/events/retention";
import type { logger as Logger } from "../../lib/logger";
import { startSweptQueue } from "./job-queue";

export type ProcessingOptions = {
  db: Db;
  boss: PgBoss;
  logger: typeof Logger;
  policy?: RetryPolicy;
  concurrency?: number;
  sweepIntervalMs?: number;
  retentionDays?: number;
  /** false: handlers never run (EVENT_PROCESSING=off); payload retention still does. */
  enabled?: boolean;
  /** Tests use a queue of their own; the shared test database holds other suites' jobs. */
  queueName?: string;
};

/** Event processing: due events (new, replayed or retrying) run their handler; payload retention hourly. */
export async function startProcessing(options: ProcessingOptions) {
  const { db, logger } = options;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const queue =
    options.enabled === false
      ? null
      : await startSweptQueue(options.boss, {
          name: options.queueName ?? "process-event",
          concurrency: options.concurrency ?? 4,
          sweepIntervalMs: options.sweepIntervalMs ?? 1_000,
          logger,
          async findDue() {
            const due = await db.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM "ProviderEvent"
         WHERE status IN ('PENDING', 'FAILED') AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
         ORDER BY id LIMIT 1000`;
            return due.map(({ id }) => id.toString());
          },
          async run(id) {
            const outcome = await processEvent(db, BigInt(id), EVENT_HANDLERS, policy);
            if (outcome === "failed" || outcome === "dead") logger.warn({ eventId: id, outcome }, "event processing failed");
          },
        });

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
    stop() {
      queue?.stop();
      if (purgeTimer) clearInterval(purgeTimer);
    },
  };
}
