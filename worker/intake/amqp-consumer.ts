import { connect, type Channel, type ChannelModel } from "amqplib";

import { retryDelayMs, sleep } from "./backoff";
import type { RawQueries } from "../../lib/db/pg-raw-queries";
import { createAmqpBatcher, type AmqpBatcher } from "./amqp-batcher";
import type { IntakePart, Logger, WorkerDb } from "./types";

const DRAIN_TIMEOUT_MS = 10_000;

export type AmqpConsumerOptions = {
  url: string;
  exchange: string;
  queue: string;
  prefetch: number;
  batchSize?: number;
  flushMs?: number;
};

/**
 * Consumes InvestSuite events from a durable queue bound to the provider's topic exchange.
 * Messages are stored in batches and acknowledged only after the batch committed (see
 * amqp-batcher.ts), so a crash redelivers and the unique key makes that harmless.
 * Connection loss is survived by reconnecting with backoff; whatever was unacked on the
 * old channel comes back from the broker, so nothing is carried over in memory.
 */
export function startAmqpConsumer({
  db,
  ingestDb,
  logger,
  options,
}: {
  db: WorkerDb;
  /** Where batch INSERTs go when not in a transaction (see createAmqpBatcher); Prisma's `db` when absent. */
  ingestDb?: RawQueries;
  logger: Logger;
  options: AmqpConsumerOptions;
}): IntakePart {
  const log = logger.child({ component: "amqp-consumer", queue: options.queue });
  const stopSignal = new AbortController();
  let current: { model: ChannelModel; channel: Channel; batcher: AmqpBatcher; consumerTag: string } | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function connectOnce(): Promise<void> {
    // Named, so the connection is recognisable in the broker's management UI.
    const model = await connect(options.url, { clientProperties: { connection_name: `backoffice-worker ${process.pid}` } });
    // Without an 'error' listener a broker-side close would crash the process; 'close' follows it.
    model.on("error", (err: Error) => log.warn({ err }, "amqp connection error"));
    const closed = new Promise<void>((resolve) => model.once("close", () => resolve()));
    try {
      const channel = await model.createChannel();
      channel.on("error", (err: Error) => log.warn({ err }, "amqp channel error"));
      // A channel closed by the broker (e.g. an ack it refused) while the connection lives: start over cleanly.
      channel.once("close", () => void model.close().catch(() => undefined));
      await channel.prefetch(options.prefetch);
      // Declared here too, so the worker and the publisher can start in either order.
      await channel.assertExchange(options.exchange, "topic", { durable: true });
      await channel.assertQueue(options.queue, { durable: true });
      await channel.bindQueue(options.queue, options.exchange, "#");
      const batcher = createAmqpBatcher({
        db,
        ingestDb,
        log,
        channel,
        batchSize: options.batchSize ?? 500,
        flushMs: options.flushMs ?? 50,
      });
      const { consumerTag } = await channel.consume(options.queue, (message) => {
        if (message) batcher.add(message);
        // null: the broker cancelled us (queue deleted); reconnecting re-declares the queue.
        else void model.close().catch(() => undefined);
      });
      current = { model, channel, batcher, consumerTag };
      // stop() ran while we were connecting and found nothing to close.
      if (stopSignal.signal.aborted) void model.close().catch(() => undefined);
      log.info({ exchange: options.exchange, prefetch: options.prefetch }, "amqp consumer ready");
      markReady();
    } catch (error) {
      await model.close().catch(() => undefined);
      throw error;
    }
    await closed;
    current?.batcher.abandon();
    current = null;
  }

  const running = (async () => {
    for (let attempt = 1; !stopSignal.signal.aborted; attempt++) {
      const startedAt = Date.now();
      try {
        await connectOnce();
        if (!stopSignal.signal.aborted) log.warn("amqp connection closed; reconnecting");
      } catch (err) {
        log.warn({ err, attempt }, "amqp connect failed; retrying");
      }
      // A connection that lived a while starts the backoff again from the bottom.
      if (Date.now() - startedAt > 30_000) attempt = 0;
      if (!stopSignal.signal.aborted) await sleep(retryDelayMs(attempt), stopSignal.signal);
    }
  })();

  return {
    ready,
    async stop() {
      stopSignal.abort();
      const session = current;
      if (session) {
        // Stop deliveries first, then store and ack what we hold, then close: a clean stop redelivers nothing.
        await session.channel.cancel(session.consumerTag).catch(() => undefined);
        // Bounded: with the database down the batch would retry forever and hold up shutdown;
        // what is left unacked simply comes back on the next start.
        const drained = new AbortController();
        await Promise.race([session.batcher.drain().finally(() => drained.abort()), sleep(DRAIN_TIMEOUT_MS, drained.signal)]);
        session.batcher.abandon();
        await session.model.close().catch(() => undefined);
      }
      await running;
      log.info("amqp consumer stopped");
    },
  };
}
