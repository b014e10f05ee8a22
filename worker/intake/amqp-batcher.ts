import type { Channel, ConsumeMessage } from "amqplib";

import type { RawQueries } from "../../lib/db/pg-raw-queries";
import { parseInvestSuiteEvent } from "../../lib/events/envelopes/investsuite";
import { isDataError } from "../../lib/events/data-error";
import { ingestEvents, type IngestMeta } from "../../lib/events/ingest";
import type { StoredEventInput } from "../../lib/events/stored-event";
import { retryDelayMs, sleep } from "./backoff";
import { recordRejections, type Rejection } from "./rejections";
import type { Logger, WorkerDb } from "./types";

const META: IngestMeta = { provider: "INVESTSUITE", transport: "AMQP", signature: "NOT_SIGNED" };

export type AmqpBatcher = {
  add(message: ConsumeMessage): void;
  /** Stores and acks everything held; resolves when nothing is in flight. */
  drain(): Promise<void>;
  /** The channel is gone: drop what we hold (the broker redelivers it) and stop retrying. */
  abandon(): void;
};

/**
 * Groups one channel's deliveries into batches (flushed at `batchSize` messages or
 * `flushMs` after the first one) and stores each with one `ingestEvents` call, because
 * a row-at-a-time insert is ~40× slower (design §4). Up to `maxInFlight` batches are
 * parsed and committed at once, so one batch's parsing overlaps another's commit, but
 * they are acked strictly in order: `ack(last, allUpTo)` acknowledges every earlier
 * delivery on the channel, so a batch is acked only after its own commit and the
 * previous batch's ack. Messages that arrive during commits form the next batch, so
 * batches grow with the load.
 */
export function createAmqpBatcher({
  db,
  ingestDb = db,
  log,
  channel,
  batchSize,
  flushMs,
  maxInFlight = 2,
}: {
  db: WorkerDb;
  /**
   * Where a batch without rejections is stored: the worker's pg pool (pgRawQueries), which
   * skips Prisma's per-query compile of every parameter, as the intake listener does. A batch
   * with rejections needs one transaction for both, so it goes through Prisma's `db`.
   */
  ingestDb?: RawQueries;
  log: Logger;
  channel: Channel;
  batchSize: number;
  flushMs: number;
  /** Batches being stored at once (each holds a pooled connection while it commits). */
  maxInFlight?: number;
}): AmqpBatcher {
  let pending: ConsumeMessage[] = [];
  let timer: NodeJS.Timeout | null = null;
  let inFlight = 0;
  /** Settles once the newest started batch is acked (or given up); the next batch acks after it. */
  let lastAcked: Promise<void> = Promise.resolve();
  const idle: (() => void)[] = [];
  const abandoned = new AbortController();

  function kick() {
    if (timer) clearTimeout(timer);
    timer = null;
    while (pending.length > 0 && inFlight < maxInFlight && !abandoned.signal.aborted) {
      const batch = pending.splice(0, batchSize);
      const previous = lastAcked;
      inFlight += 1;
      lastAcked = storeThenAck(batch, previous)
        .catch((err: unknown) => log.error({ err }, "amqp batch failed"))
        .finally(() => {
          inFlight -= 1;
          if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
          kick();
        });
    }
  }

  async function storeThenAck(batch: ConsumeMessage[], previous: Promise<void>) {
    const events: StoredEventInput[] = [];
    const rejections: Rejection[] = [];
    for (const message of batch) {
      const body = message.content.toString("utf8");
      const parsed = parseInvestSuiteEvent(body);
      // An unparseable message is kept as a rejection and acked with the batch: requeueing it would only fail again.
      if (parsed.ok) events.push(parsed.event);
      else rejections.push({ reason: parsed.reason, body });
    }
    const startedAt = performance.now();
    for (let attempt = 1; ; attempt++) {
      if (abandoned.signal.aborted) return;
      try {
        const result =
          rejections.length === 0
            ? await ingestEvents(ingestDb, META, events)
            : await db.$transaction(async (tx) => {
                await recordRejections(tx, "INVESTSUITE", "AMQP", rejections);
                return ingestEvents(tx, META, events);
              });
        log.debug(
          {
            messages: batch.length,
            stored: result.stored,
            duplicates: result.duplicates,
            rejected: rejections.length,
            ms: Math.round(performance.now() - startedAt),
          },
          "amqp batch stored",
        );
        break;
      } catch (failure) {
        let err = failure;
        if (isDataError(err)) {
          // A message our checks let through but PostgreSQL refuses would fail this batch on every
          // retry and hold the queue behind it: store one by one, record the refused, ack them all.
          try {
            await storeOneByOne(events, rejections);
            break;
          } catch (again) {
            err = again;
          }
        }
        // The database is down or refused the batch: keep the messages unacked (prefetch stops
        // further deliveries) and try again, rather than nack-requeue them in a hot loop.
        log.error({ err, attempt, messages: batch.length }, "amqp batch not stored; retrying");
        await sleep(retryDelayMs(attempt), abandoned.signal);
      }
    }
    // The earlier batch's ack first: acking this one (allUpTo) would acknowledge it uncommitted.
    await previous;
    if (abandoned.signal.aborted) return;
    try {
      channel.ack(batch[batch.length - 1]!, true);
    } catch (err) {
      // The channel closed after the commit: the broker redelivers and the unique key absorbs it.
      log.warn({ err }, "amqp ack failed after commit");
    }
  }

  /** Each event alone; those PostgreSQL refuses join the rejections, recorded last (a retry re-stores harmlessly). */
  async function storeOneByOne(events: StoredEventInput[], rejections: Rejection[]) {
    const refused: Rejection[] = [];
    for (const event of events) {
      try {
        await ingestEvents(ingestDb, META, [event]);
      } catch (err) {
        if (!isDataError(err)) throw err;
        refused.push({ reason: "The database cannot store this event (a value is out of range or too large).", body: event.rawPayload });
      }
    }
    await recordRejections(db, "INVESTSUITE", "AMQP", [...rejections, ...refused]);
  }

  return {
    add(message) {
      pending.push(message);
      if (pending.length >= batchSize) kick();
      else if (!timer && inFlight === 0) timer = setTimeout(kick, flushMs);
    },
    async drain() {
      kick();
      while (inFlight > 0 || (pending.length > 0 && !abandoned.signal.aborted)) {
        await new Promise<void>((resolve) => idle.push(resolve));
        kick();
      }
    },
    abandon() {
      abandoned.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
