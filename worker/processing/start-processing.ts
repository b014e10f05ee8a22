import type { Db } from "../../lib/db/create-client";
import { EVENT_HANDLERS, type HandlerRegistry } from "../../lib/events/handlers";
import { processEventBatch, type BatchResult } from "../../lib/events/process-batch";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../../lib/events/process-event";
import { purgeExpiredPayloads } from "../../lib/events/retention";
import type { logger as Logger } from "../../lib/logger";

export type ProcessingOptions = {
  db: Db;
  logger: typeof Logger;
  policy?: RetryPolicy;
  /** Claim loops in this worker: batches in flight at once, each on a connection of its own. */
  concurrency?: number;
  /** Events claimed per batch (one transaction). */
  batchSize?: number;
  /** How long an idle loop waits before it looks again (receipt-to-processed latency when idle). */
  pollIntervalMs?: number;
  retentionDays?: number;
  /** false: handlers never run (EVENT_PROCESSING=off); payload retention still does. */
  enabled?: boolean;
  /** Tests run handlers of their own; the worker runs EVENT_HANDLERS. */
  handlers?: HandlerRegistry;
};

/** After an error that is not any one event's (the database gone), a loop waits this long. */
const ERROR_PAUSE_MS = 1_000;

/**
 * Event processing: `concurrency` claim loops, each claiming a batch of due events (new, replayed
 * or retrying) and running their handlers in one transaction (lib/events/process-batch.ts), then at
 * once the next; an idle loop looks again every `pollIntervalMs`. Payload retention hourly.
 *
 * Events no longer go through pg-boss (#19). pg-boss dispatched one job per due event: a job row
 * inserted, fetched, completed and archived beside the event's own transaction, one event per
 * transaction, about 250 events/s; and its fetch cannot express "not while an earlier event of the
 * same entity is unfinished". The event table already holds everything a queue needs (status,
 * attempts, next due time, what the UI shows), so the loops claim from it directly with
 * `FOR UPDATE SKIP LOCKED`: any number of loops and workers compete safely, a dead worker's
 * transaction (and with it its claim) ends with its connection, and nothing is queued twice.
 * pg-boss stays for what it does well: schedules with singleton keys and the execution queues
 * (few jobs, each a provider call with its own lease).
 */
export async function startProcessing(options: ProcessingOptions) {
  const { db, logger } = options;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const handlers = options.handlers ?? EVENT_HANDLERS;
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 150;
  let stopping = false;
  /** Wakes the loops' idle waits on stop. */
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });

  const loop = async (index: number) => {
    // Loops start spread over one poll interval, so idle ones do not look all at the same moment.
    await sleep((pollIntervalMs * index) / Math.max(1, options.concurrency ?? 1));
    while (!stopping) {
      let result: BatchResult;
      try {
        result = await processEventBatch(db, handlers, policy, { limit: batchSize });
      } catch (err) {
        if (stopping) break;
        logger.error({ err }, "event batch failed");
        await sleep(ERROR_PAUSE_MS);
        continue;
      }
      if (result.failed + result.dead > 0) logger.warn({ ...result }, "event processing failed");
      // Nothing ran (nothing due, or only events of entities another loop is working on): wait a little.
      if (result.processed + result.unhandled + result.failed + result.dead === 0) await sleep(pollIntervalMs);
    }
  };
  const loops = options.enabled === false ? [] : Array.from({ length: options.concurrency ?? 2 }, (_, i) => loop(i));

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
    /** Resolves once every loop has finished (committed or given up) its batch in flight. */
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      if (purgeTimer) clearInterval(purgeTimer);
      await Promise.all(loops);
    },
  };
}
