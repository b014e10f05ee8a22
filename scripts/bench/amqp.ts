import { connect } from "amqplib";

import { investSuiteBody } from "./payloads";
import { connectPg } from "./pg-client";

export type AmqpResult = {
  published: number;
  /** First publish → last publisher confirm: if close to `seconds`, publishing, not the consumer, set the pace. */
  publishSeconds: number;
  rowsInDb: number;
  seconds: number;
  perSecond: number;
  readyInQueue: number;
  consumers: number;
};
export type AmqpNames = { url: string; exchange: string; queue: string };

/**
 * Publishes `count` persistent InvestSuite envelopes (publisher confirms, so the broker
 * has them on disk) to the worker's exchange and times first publish → all rows in the
 * database. The worker acks each batch after its commit; the queue must then be empty.
 */
export async function measureAmqp(
  options: AmqpNames & { databaseUrl: string; count: number; runId: string; timeoutMs?: number },
): Promise<AmqpResult> {
  const db = await connectPg(options.databaseUrl);
  const model = await connect(options.url);
  // Without a listener a broker-side close (e.g. a 404 on a channel) would crash the bench instead of failing it.
  model.on("error", () => undefined);
  try {
    const channel = await model.createConfirmChannel();
    await channel.assertExchange(options.exchange, "topic", { durable: true });
    // Declared exactly as the worker does (checkQueue on a missing queue would close the channel); timing starts once it consumes.
    await channel.assertQueue(options.queue, { durable: true });
    await channel.bindQueue(options.queue, options.exchange, "#");
    const consumers = await waitFor(
      async () => (await channel.checkQueue(options.queue)).consumerCount,
      (n) => n > 0,
      60_000,
      "the worker's AMQP consumer",
    );
    const countRows = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "transport" = 'AMQP' AND "providerEventId" LIKE $1`,
          [`bench-amqp-${options.runId}-%`],
        )
      ).rows[0]!.n;

    const started = performance.now();
    const published = (async () => {
      for (let i = 0; i < options.count; i++) {
        const { routingKey, body } = investSuiteBody(`bench-amqp-${options.runId}-${i}`, i);
        const ok = channel.publish(options.exchange, routingKey, Buffer.from(body), {
          persistent: true,
          contentType: "application/json",
          messageId: `bench-amqp-${options.runId}-${i}`,
        });
        // Respect the socket's back-pressure instead of buffering 50,000 messages in memory.
        if (!ok) await new Promise((r) => channel.once("drain", r));
      }
      await channel.waitForConfirms();
      return (performance.now() - started) / 1000;
    })();
    const timeoutMs = options.timeoutMs ?? 120_000 + options.count * 5;
    const rows = await waitFor(
      countRows,
      (n) => n >= options.count,
      timeoutMs,
      `${options.count} AMQP rows`,
      100,
      () => published,
    );
    const seconds = (performance.now() - started) / 1000;
    const publishSeconds = await published;
    // Acks follow each commit immediately; give the last one a moment to reach the broker.
    const ready = await waitFor(
      async () => (await channel.checkQueue(options.queue)).messageCount,
      (n) => n === 0,
      10_000,
      "an empty queue",
    ).catch(() => -1);
    return { published: options.count, publishSeconds, rowsInDb: rows, seconds, perSecond: rows / seconds, readyInQueue: ready, consumers };
  } finally {
    await model.close().catch(() => undefined);
    await db.end();
  }
}

/**
 * After the worker stopped, unacked messages would be back in the queue: zero here
 * proves every message was acknowledged. Then removes the run's queue and exchange.
 */
export async function checkAndDeleteQueue(names: AmqpNames): Promise<number | null> {
  const model = await connect(names.url);
  try {
    const channel = await model.createChannel();
    const left = await channel.checkQueue(names.queue).then(
      (q) => q.messageCount,
      () => null,
    );
    const cleanup = await model.createChannel();
    await cleanup.deleteQueue(names.queue).catch(() => undefined);
    const last = await model.createChannel();
    await last.deleteExchange(names.exchange).catch(() => undefined);
    return left;
  } finally {
    await model.close().catch(() => undefined);
  }
}

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  what: string,
  everyMs = 200,
  alsoWatch?: () => Promise<unknown>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  // A publishing failure must end the wait at once rather than after the timeout.
  let failure: unknown;
  void alsoWatch?.().catch((error: unknown) => (failure = error));
  for (;;) {
    if (failure) throw failure;
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${String(value)}).`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
