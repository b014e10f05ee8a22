import { connectAsync, type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RawQueries } from "../../lib/db/pg-raw-queries";
import { startMqttConsumer } from "./mqtt-consumer";
import { investSuiteEvent, reachable, runId, silentLogger, storedOnce, testDb, waitFor } from "./test-support";

const MQTT_URL = process.env.MQTT_URL ?? "mqtt://127.0.0.1:1883";
const brokerUp = await reachable(Number(new URL(MQTT_URL).port || 1883), new URL(MQTT_URL).hostname);
if (!brokerUp)
  console.warn(`[skip] The MQTT broker is not reachable at ${new URL(MQTT_URL).host}: the MQTT intake tests are skipped, not failed.`);

const db = testDb();

async function stats(prefix: string) {
  const [row] = await db.$queryRawUnsafe<{ rows: number; deliveries: number }[]>(
    `SELECT count(*)::int AS "rows", coalesce(sum("deliveries"), 0)::int AS "deliveries" FROM "ProviderEvent" WHERE "provider" = 'INVESTSUITE' AND "providerEventId" LIKE $1`,
    `${prefix}%`,
  );
  return row!;
}

describe.skipIf(!brokerUp)("MQTT intake", () => {
  let publisher: MqttClient;
  const run = runId();
  const topic = `test/investsuite/${run}`;
  const clientId = `bo-test-${run}`;
  const sharedClientIds = [`bo-test-a-${run}`, `bo-test-b-${run}`];

  beforeAll(async () => {
    // The sandbox's own publisher settings: MQTT 3.1.1, QoS 1.
    publisher = await connectAsync(MQTT_URL, { clientId: `bo-test-pub-${run}` });
  });

  afterAll(async () => {
    await publisher?.endAsync().catch(() => undefined);
    // Drop the persistent sessions the test consumers left on the broker.
    for (const id of [clientId, ...sharedClientIds]) {
      const cleaner = await connectAsync(MQTT_URL, {
        clientId: id,
        clean: true,
        protocolVersion: 5,
        properties: { sessionExpiryInterval: 0 },
      }).catch(() => null);
      await cleaner?.endAsync().catch(() => undefined);
    }
    await db.$disconnect();
  });

  it("stores QoS 1 events once, counts duplicates, and gets what was published while it was down", { timeout: 120_000 }, async () => {
    const prefix = `mqtt-${run}-`;
    const publish = (ids: string[]) => Promise.all(ids.map((id) => publisher.publishAsync(topic, investSuiteEvent(id), { qos: 1 })));
    const first = Array.from({ length: 500 }, (_, i) => `${prefix}${i}`);

    let consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
    await consumer.ready;
    const startedAt = performance.now();
    // Every tenth event twice: 550 deliveries of 500 events. Kept under Mosquitto's default
    // max_queued_messages (1000): beyond it the broker itself drops QoS 1 messages for a slow subscriber.
    await publish([...first, ...first.filter((_, i) => i % 10 === 0)]);
    await waitFor(
      "550 deliveries",
      () => stats(prefix),
      (s) => s.deliveries >= 550,
      60_000,
    );
    const ms = performance.now() - startedAt;
    console.log(
      `[mqtt] 550 QoS 1 deliveries stored (one commit per PUBACK) in ${Math.round(ms)} ms = ${Math.round((550 / ms) * 1000)} events/s`,
    );
    expect(await stats(prefix)).toEqual({ rows: 500, deliveries: 550 });
    await consumer.stop();

    // Published while the worker is down: the broker keeps them in the persistent session.
    const offline = Array.from({ length: 50 }, (_, i) => `${prefix}offline-${i}`);
    await publish(offline);
    consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
    try {
      await waitFor(
        "the events published while down",
        () => stats(`${prefix}offline-`),
        (s) => s.rows >= 50,
        30_000,
      );
    } finally {
      await consumer.stop();
    }
    expect(await stats(`${prefix}offline-`)).toEqual({ rows: 50, deliveries: 50 });
    const sample = await db.providerEvent.findFirstOrThrow({ where: { providerEventId: `${prefix}0` } });
    expect(sample).toMatchObject({ transport: "MQTT", signature: "NOT_SIGNED", deliveries: 2, type: "portfolios.status-update" });
  });

  it("records an unparseable message as a rejection and keeps consuming after it", async () => {
    const consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
    const id = `mqtt-after-garbage-${run}`;
    try {
      await consumer.ready;
      await publisher.publishAsync(topic, `{"id": 42, "garbage": "${run}"}`, { qos: 1 });
      await publisher.publishAsync(topic, investSuiteEvent(id), { qos: 1 });
      await storedOnce("the event after the garbage", () => stats(id));
    } finally {
      await consumer.stop();
    }
    const rejections = await db.eventRejection.findMany({ where: { transport: "MQTT", body: { contains: run } } });
    expect(rejections).toHaveLength(1);
    expect(rejections[0]!.reason).toMatch(/does not match the event envelope/);
  });
  it("two workers in one share group take turns: every message is stored once, by one of them", { timeout: 120_000 }, async () => {
    const prefix = `mqtt-shared-${run}-`;
    const ids = Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);
    // Counts what each worker stored (each event is its own INSERT on this transport).
    const counted = () => {
      const counter = { stored: 0 };
      const ingestDb: RawQueries = {
        $queryRawUnsafe: <T>(query: string, ...values: unknown[]) => {
          counter.stored += 1;
          return db.$queryRawUnsafe<T>(query, ...values);
        },
      };
      return { counter, ingestDb };
    };
    const workers = sharedClientIds.map((id) => {
      const { counter, ingestDb } = counted();
      const consumer = startMqttConsumer({
        db,
        ingestDb,
        logger: silentLogger,
        options: { url: MQTT_URL, topic, clientId: id, shareGroup: `backoffice-${run}` },
      });
      return { counter, consumer };
    });
    try {
      await Promise.all(workers.map((w) => w.consumer.ready));
      await Promise.all(ids.map((id) => publisher.publishAsync(topic, investSuiteEvent(id), { qos: 1 })));
      await waitFor(
        "200 events",
        () => stats(prefix),
        (s) => s.rows >= 200,
        60_000,
      );
      // Nothing more arrives later: each message went to one member of the group, not to both.
      await new Promise((r) => setTimeout(r, 500));
      expect(await stats(prefix)).toEqual({ rows: 200, deliveries: 200 });
      const [a, b] = workers.map((w) => w.counter.stored);
      expect(a! + b!).toBe(200);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
    } finally {
      await Promise.all(workers.map((w) => w.consumer.stop()));
    }
  });
});
