import { randomUUID } from "node:crypto";

import type { Channel, ConsumeMessage } from "amqplib";
import fc from "fast-check";
import { connectAsync } from "mqtt";
import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "../../lib/db/create-client";
import { bodyFor } from "../../scripts/test-support/hostile-deliveries";
import { createAmqpBatcher } from "./amqp-batcher";
import { startMqttConsumer } from "./mqtt-consumer";
import { reachable, silentLogger } from "./test-support";

// Issue 20, done-when 2 for the bus transports: hostile InvestSuite messages are each stored
// or recorded, and acknowledged; none is retried forever in front of the ones behind it.
// Counts are per transport (other suites may add to them at the same time, hence "at least").

/** Messages of a transport that ended stored or recorded (a row, or a count beyond the allowance). */
async function handled(db: ReturnType<typeof createPrismaClient>, transport: "AMQP" | "MQTT") {
  const rows = await db.eventRejection.count({ where: { transport } });
  const counted = await db.eventRejectionCount.aggregate({ where: { transport }, _sum: { count: true } });
  const stored = await db.providerEvent.count({ where: { transport } });
  return rows + (counted._sum.count ?? 0) + stored;
}

describe("AMQP batcher under fuzzing", () => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  afterAll(() => db.$disconnect());

  it("acks every message of a hostile batch within 10 s, storing or recording each", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyFor("/api/intake/investsuite"), { minLength: 1, maxLength: 8 }), async (bodies) => {
        const acked: number[] = [];
        const channel = { ack: (m: ConsumeMessage) => acked.push(m.fields.deliveryTag) } as unknown as Channel;
        const batcher = createAmqpBatcher({ db, log: silentLogger, channel, batchSize: 100, flushMs: 1 });
        const before = await handled(db, "AMQP");
        bodies.forEach((body, i) => batcher.add({ content: body, fields: { deliveryTag: i + 1 } } as unknown as ConsumeMessage));
        try {
          await Promise.race([
            batcher.drain(),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error("batch hung")), 10_000)),
          ]);
        } finally {
          batcher.abandon();
        }
        expect(acked).toEqual([bodies.length]);
        // Every body carries a fresh event id or is no event at all, so each adds a row or a count.
        expect((await handled(db, "AMQP")) - before).toBeGreaterThanOrEqual(bodies.length);
      }),
      { numRuns: 20 },
    );
  });
});

const MQTT_URL = process.env.MQTT_URL ?? "mqtt://127.0.0.1:1883";
const mqttUp = await reachable(Number(new URL(MQTT_URL).port || 1883), new URL(MQTT_URL).hostname);

describe.skipIf(!mqttUp)("MQTT consumer under fuzzing", () => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const run = randomUUID().slice(0, 8);
  const topic = `test/fuzz/${run}`;
  const clientId = `bo-test-fuzz-${run}`;
  const consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
  afterAll(async () => {
    await consumer.stop();
    const cleaner = await connectAsync(MQTT_URL, { clientId, clean: true, protocolVersion: 5, properties: { sessionExpiryInterval: 0 } });
    await cleaner.endAsync().catch(() => undefined);
    await db.$disconnect();
  });

  it("stores or records every hostile message, none holding up the ones behind it", { timeout: 120_000 }, async () => {
    await consumer.ready;
    const publisher = await connectAsync(MQTT_URL, { clientId: `bo-test-fuzz-pub-${run}` });
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(bodyFor("/api/intake/investsuite"), { minLength: 1, maxLength: 5 }), async (bodies) => {
          const before = await handled(db, "MQTT");
          for (const body of bodies) await publisher.publishAsync(topic, body, { qos: 1 });
          // Each message ends as a stored event or a recorded refusal (a repeat of a stored one only bumps its count,
          // but every body here carries a fresh id or is not an event at all).
          const deadline = Date.now() + 10_000;
          while ((await handled(db, "MQTT")) - before < bodies.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          expect((await handled(db, "MQTT")) - before).toBeGreaterThanOrEqual(bodies.length);
        }),
        { numRuns: 15 },
      );
    } finally {
      await publisher.endAsync().catch(() => undefined);
    }
  });
});
