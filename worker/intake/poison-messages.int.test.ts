import { randomUUID } from "node:crypto";
import http from "node:http";

import type { Channel, ConsumeMessage } from "amqplib";
import { connectAsync } from "mqtt";
import { afterAll, describe, expect, it } from "vitest";

import { createAmqpBatcher } from "./amqp-batcher";
import { startMqttConsumer } from "./mqtt-consumer";
import { investSuiteEvent, reachable, silentLogger, testDb, waitFor } from "./test-support";
import { pollUntilCaughtUp } from "./wisealpha-poller";

// Issue 20, finding 7 for the worker's transports: a message PostgreSQL cannot store is
// recorded and acknowledged (the poller skips it and moves its cursor), instead of being
// retried forever in front of every message behind it.

const db = testDb();
afterAll(() => db.$disconnect());

/** An InvestSuite envelope whose data carries a NUL escape: valid JSON, refused by jsonb. */
const poisonEvent = (id: string) => investSuiteEvent(id).replace('"status":"ACTIVE"', '"status":"A\\u0000CTIVE"');
const within = <T>(ms: number, what: string, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms))]);

describe("AMQP batcher", () => {
  it("records and acks a poison message with its batch; the good message beside it is stored", async () => {
    const id = `amqp-poison-${randomUUID()}`;
    const acked: number[] = [];
    const channel = { ack: (message: ConsumeMessage) => acked.push(message.fields.deliveryTag) } as unknown as Channel;
    const batcher = createAmqpBatcher({ db, log: silentLogger, channel, batchSize: 10, flushMs: 5 });
    const message = (tag: number, body: string) =>
      ({ content: Buffer.from(body), fields: { deliveryTag: tag } }) as unknown as ConsumeMessage;
    batcher.add(message(1, poisonEvent(`${id}-bad`)));
    batcher.add(message(2, investSuiteEvent(`${id}-good`)));
    try {
      await within(10_000, "the batch", batcher.drain());
    } finally {
      batcher.abandon();
    }
    expect(acked).toEqual([2]);
    expect(await db.providerEvent.count({ where: { providerEventId: `${id}-good` } })).toBe(1);
    expect(await db.providerEvent.count({ where: { providerEventId: `${id}-bad` } })).toBe(0);
    const rejections = await db.eventRejection.findMany({ where: { transport: "AMQP", body: { contains: `${id}-bad` } } });
    expect(rejections.map((r) => r.reason)).toEqual([expect.stringMatching(/NUL/)]);
  });
});

const MQTT_URL = process.env.MQTT_URL ?? "mqtt://127.0.0.1:1883";
const mqttUp = await reachable(Number(new URL(MQTT_URL).port || 1883), new URL(MQTT_URL).hostname);

describe.skipIf(!mqttUp)("MQTT consumer", () => {
  it("records and acks a poison message, then stores the one behind it", { timeout: 30_000 }, async () => {
    const run = randomUUID().slice(0, 8);
    const topic = `test/poison/${run}`;
    const clientId = `bo-test-poison-${run}`;
    const consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
    const publisher = await connectAsync(MQTT_URL, { clientId: `bo-test-poison-pub-${run}` });
    try {
      await consumer.ready;
      await publisher.publishAsync(topic, poisonEvent(`mqtt-${run}-bad`), { qos: 1 });
      await publisher.publishAsync(topic, investSuiteEvent(`mqtt-${run}-good`), { qos: 1 });
      await waitFor(
        "the message behind the poison",
        () => db.providerEvent.count({ where: { providerEventId: `mqtt-${run}-good` } }),
        (n) => n === 1,
        10_000,
      );
      const rejections = await db.eventRejection.findMany({ where: { transport: "MQTT", body: { contains: `mqtt-${run}-bad` } } });
      expect(rejections).toHaveLength(1);
    } finally {
      await publisher.endAsync().catch(() => undefined);
      await consumer.stop();
      // Drop the persistent session this consumer left on the broker.
      const cleaner = await connectAsync(MQTT_URL, { clientId, clean: true, protocolVersion: 5, properties: { sessionExpiryInterval: 0 } });
      await cleaner.endAsync().catch(() => undefined);
    }
  });
});

describe("WiseAlpha poller", () => {
  it("skips and records an unstorable event, stores the rest and moves its cursor past both", async () => {
    const run = randomUUID().slice(0, 8);
    const event = (id: string, note: string) =>
      `{"id":"${id}","created":"2026-11-23T10:00:00Z","event_type":"account.updated","customer_id":"C1","data":{"note":"${note}"}}`;
    const page = `{"count":2,"next":null,"previous":null,"results":[${event(`POLL-${run}-bad`, "a\\u0000b")},${event(`POLL-${run}-good`, "ok")}]}`;
    const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(page));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const cursorName = `test.poison.${run}`;
    try {
      const options = { baseUrl: `http://127.0.0.1:${port}`, apiKey: "test-key-0000", intervalMs: 0, cursorName };
      const stored = await within(10_000, "the poll", pollUntilCaughtUp(db, silentLogger, options));
      expect(stored).toBe(1);
    } finally {
      server.close();
    }
    expect(await db.providerEvent.count({ where: { providerEventId: `POLL-${run}-good` } })).toBe(1);
    expect(await db.eventRejection.count({ where: { transport: "POLL", body: { contains: `POLL-${run}-bad` } } })).toBe(1);
    const cursor = await db.pollCursor.findUniqueOrThrow({ where: { name: cursorName } });
    expect(JSON.parse(cursor.cursor)).toEqual({ offset: 2, lastId: `POLL-${run}-good` });
  });
});
