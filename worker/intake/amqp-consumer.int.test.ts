import type { ChildProcess } from "node:child_process";

import { connect, type ChannelModel, type ConfirmChannel } from "amqplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startAmqpConsumer } from "./amqp-consumer";
import { declare, publish, startWorker, stats as statsIn } from "./amqp-test-support";
import { investSuiteEvent, reachable, runId, silentLogger, storedOnce, testDb, waitFor } from "./test-support";

const AMQP_URL = process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const brokerUp = await reachable(Number(new URL(AMQP_URL).port || 5672), new URL(AMQP_URL).hostname);
if (!brokerUp)
  console.warn(`[skip] RabbitMQ is not reachable at ${new URL(AMQP_URL).host}: the AMQP intake tests are skipped, not failed.`);

const db = testDb();
const stats = (prefix: string) => statsIn(db, prefix);

describe.skipIf(!brokerUp)("AMQP intake", () => {
  let model: ChannelModel;
  let channel: ConfirmChannel;
  const cleanup: { exchanges: string[]; queues: string[]; children: ChildProcess[] } = { exchanges: [], queues: [], children: [] };

  /** A test's own exchange and queue names (its run id in them), removed after the suite. */
  const topology = () => {
    const run = runId();
    const names = { run, exchange: `test.investsuite.${run}`, queue: `test.backoffice.${run}` };
    cleanup.exchanges.push(names.exchange);
    cleanup.queues.push(names.queue);
    return names;
  };

  beforeAll(async () => {
    model = await connect(AMQP_URL);
    channel = await model.createConfirmChannel();
  });

  afterAll(async () => {
    for (const child of cleanup.children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    for (const queue of cleanup.queues) await channel?.deleteQueue(queue).catch(() => undefined);
    for (const exchange of cleanup.exchanges) await channel?.deleteExchange(exchange).catch(() => undefined);
    await model?.close().catch(() => undefined);
    await db.$disconnect();
  });

  it("loses none of 10,000 events and stores none twice when the consumer is SIGKILLed halfway", { timeout: 180_000 }, async () => {
    const { run, exchange, queue } = topology();
    await declare(channel, exchange, queue);
    const prefix = `amqp-kill-${run}-`;
    const bodies = Array.from({ length: 10_000 }, (_, i) => ({ id: `${prefix}${i}`, body: investSuiteEvent(`${prefix}${i}`, `P${i}`) }));

    const first = startWorker(AMQP_URL, exchange, queue);
    cleanup.children.push(first.child);
    await first.ready;
    const publishing = publish(channel, exchange, bodies);
    const startedAt = performance.now();
    const atKill = await waitFor(
      "half of the events stored",
      () => stats(prefix),
      (s) => s.rows >= 5_000,
      60_000,
      5,
    );
    first.child.kill("SIGKILL");
    const firstMs = performance.now() - startedAt;
    await first.exited;
    await publishing;
    const afterKill = await stats(prefix);

    const second = startWorker(AMQP_URL, exchange, queue);
    cleanup.children.push(second.child);
    await second.ready;
    const restartedAt = performance.now();
    const done = await waitFor(
      "all 10,000 events stored",
      () => stats(prefix),
      (s) => s.rows >= 10_000,
      120_000,
      10,
    );
    const secondMs = performance.now() - restartedAt;
    // A graceful stop hands unacked messages back to the queue, so an empty queue means all were acked.
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    const { messageCount } = await channel.checkQueue(queue);
    const final = await stats(prefix);

    console.log(
      `[amqp] SIGKILL run: ${atKill.rows} stored when killed, ${afterKill.rows} after the kill; restart stored the other ${done.rows - afterKill.rows} ` +
        `in ${Math.round(secondMs)} ms = ${Math.round(((done.rows - afterKill.rows) / secondMs) * 1000)} events/s stored and acked ` +
        `(first run: ${atKill.rows} in ${Math.round(firstMs)} ms = ${Math.round((atKill.rows / firstMs) * 1000)} events/s while publishing); ` +
        `rows ${final.rows}, distinct ${final.distinct}, deliveries ${final.deliveries} (${final.deliveries - 10_000} redelivered after commit); queue left ${messageCount}`,
    );
    expect(final.rows).toBe(10_000);
    expect(final.distinct).toBe(10_000);
    expect(final.deliveries).toBeGreaterThanOrEqual(10_000);
    expect(messageCount).toBe(0);
  });

  it("stores an event published 5 times once with deliveries 5, and acks an unparseable message as a rejection", async () => {
    const { run, exchange, queue } = topology();
    await declare(channel, exchange, queue);
    const id = `amqp-dup-${run}`;
    const garbage = `not json ${run}`;

    const consumer = startAmqpConsumer({ db, logger: silentLogger, options: { url: AMQP_URL, exchange, queue, prefetch: 100 } });
    try {
      await consumer.ready;
      await publish(channel, exchange, [
        ...Array.from({ length: 5 }, () => ({ id, body: investSuiteEvent(id) })),
        { id: "garbage", body: garbage },
        { id: `${id}-after`, body: investSuiteEvent(`${id}-after`) },
      ]);
      // Batches commit in queue order, so once the last message is stored the five copies are too.
      await storedOnce("the message after the copies", () => stats(`${id}-after`));
    } finally {
      await consumer.stop();
    }

    const rows = await db.providerEvent.findMany({
      where: { provider: "INVESTSUITE", providerEventId: { in: [id, `${id}-after`] } },
      orderBy: { providerEventId: "asc" },
    });
    expect(rows.map((r) => [r.providerEventId, r.deliveries, r.transport, r.signature, r.type, r.portfolioRef])).toEqual([
      [id, 5, "AMQP", "NOT_SIGNED", "portfolios.status-update", "P01TEST"],
      [`${id}-after`, 1, "AMQP", "NOT_SIGNED", "portfolios.status-update", "P01TEST"],
    ]);
    const rejections = await db.eventRejection.findMany({ where: { body: garbage } });
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ provider: "INVESTSUITE", transport: "AMQP", reason: "Body is not valid JSON." });
    expect((await channel.checkQueue(queue)).messageCount).toBe(0);
  });

  it("comes back when the broker cancels it (queue deleted) and consumes again", async () => {
    const { run, exchange, queue } = topology();
    const consumer = startAmqpConsumer({ db, logger: silentLogger, options: { url: AMQP_URL, exchange, queue, prefetch: 10 } });
    try {
      await consumer.ready;
      // Deleting the queue cancels our consumer on the broker's side; the consumer must reconnect and re-declare it.
      await channel.deleteQueue(queue);
      // A failed checkQueue closes its channel, so each probe gets a throwaway one.
      const probe = async () => {
        const ch = await model.createChannel();
        ch.on("error", () => undefined);
        const info = await ch.checkQueue(queue).catch(() => null);
        await ch.close().catch(() => undefined);
        return info;
      };
      await waitFor("the queue declared again with a consumer", probe, (q) => (q?.consumerCount ?? 0) === 1, 20_000, 100);
      const id = `amqp-reconnect-${run}`;
      await publish(channel, exchange, [{ id, body: investSuiteEvent(id) }]);
      await storedOnce("the event after the reconnect", () => stats(id));
    } finally {
      await consumer.stop();
    }
  });
});
