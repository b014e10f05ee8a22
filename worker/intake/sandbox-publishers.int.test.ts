import { connect } from "amqplib";
import { connectAsync } from "mqtt";
import { afterAll, describe, expect, it } from "vitest";

import { SMALL_DATA, startTestSandbox } from "../../sandbox/test-sandbox";
import { startAmqpConsumer } from "./amqp-consumer";
import { startMqttConsumer } from "./mqtt-consumer";
import { reachable, runId, silentLogger, testDb, waitFor } from "./test-support";
import type { IntakePart } from "./types";

const AMQP_URL = "amqp://guest:guest@127.0.0.1:5672";
const MQTT_URL = "mqtt://127.0.0.1:1883";
const amqpUp = await reachable(5672);
const mqttUp = await reachable(1883);
if (!amqpUp) console.warn("[skip] RabbitMQ is not reachable at 127.0.0.1:5672: the sandbox AMQP end-to-end test is skipped, not failed.");
if (!mqttUp) console.warn("[skip] Mosquitto is not reachable at 127.0.0.1:1883: the sandbox MQTT end-to-end test is skipped, not failed.");

const db = testDb();
afterAll(() => db.$disconnect());

/**
 * The InvestSuite sandbox's own publisher (sandbox/investsuite/event-transports.ts) into our
 * consumer: proves the two agree on exchange type, routing, topic and envelope.
 */
async function roundTrip(transport: "amqp" | "mqtt", names: Record<string, string>, consumer: IntakePart, cleanup: () => Promise<void>) {
  const sandbox = await startTestSandbox("bo-publisher-sandbox-", {
    ...SMALL_DATA,
    SANDBOX_WA_WEBHOOK_URLS: "",
    SANDBOX_EVENT_TRANSPORT: transport,
    ...names,
  });
  try {
    await consumer.ready;
    const ids: string[] = [];
    for (const value of ["IN_PROGRESS", "COMPLETED", "ACCEPTED"]) {
      const { event_id } = await sandbox.control<{ event_id: string }>("POST", "/investsuite/__sandbox/assessments", {
        profile_id: `N-${transport}-${value}`,
        value,
      });
      ids.push(event_id);
    }
    const rows = await waitFor(
      `the sandbox's ${transport} events`,
      () => db.providerEvent.findMany({ where: { provider: "INVESTSUITE", providerEventId: { in: ids } } }),
      (r) => r.length === 3,
      20_000,
    );
    expect(rows.map((r) => [r.type, r.transport, r.deliveries]).sort()).toEqual(
      Array.from({ length: 3 }, () => ["assessments.assessment-status-update", transport.toUpperCase(), 1]),
    );
  } finally {
    await consumer.stop();
    await sandbox.close();
    await cleanup();
  }
}

describe("InvestSuite sandbox publishers into the worker's consumers", () => {
  it.skipIf(!amqpUp)("AMQP: the sandbox's topic exchange reaches the store", async () => {
    const run = runId();
    const exchange = `test.sandbox.${run}`;
    const queue = `test.sandbox-queue.${run}`;
    // Started first: a topic exchange drops what no bound queue takes.
    const consumer = startAmqpConsumer({ db, logger: silentLogger, options: { url: AMQP_URL, exchange, queue, prefetch: 50 } });
    await roundTrip("amqp", { SANDBOX_AMQP_URL: AMQP_URL, SANDBOX_AMQP_EXCHANGE: exchange }, consumer, async () => {
      const model = await connect(AMQP_URL);
      const channel = await model.createChannel();
      await channel.deleteQueue(queue);
      await channel.deleteExchange(exchange);
      await model.close();
    });
  });

  it.skipIf(!mqttUp)("MQTT: the sandbox's QoS 1 topic reaches the store", async () => {
    const run = runId();
    const topic = `test/sandbox/${run}`;
    const clientId = `bo-test-sandbox-${run}`;
    const consumer = startMqttConsumer({ db, logger: silentLogger, options: { url: MQTT_URL, topic, clientId } });
    await roundTrip("mqtt", { SANDBOX_MQTT_URL: MQTT_URL, SANDBOX_MQTT_TOPIC: topic }, consumer, async () => {
      // Drop the persistent session the consumer left on the broker.
      const cleaner = await connectAsync(MQTT_URL, { clientId, clean: true, protocolVersion: 5, properties: { sessionExpiryInterval: 0 } });
      await cleaner.endAsync();
    });
  });
});
