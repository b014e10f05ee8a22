import type { RawQueries } from "../../lib/db/pg-raw-queries";
import type { WorkerEnv } from "../env";
import { startAmqpConsumer } from "./amqp-consumer";
import { startMqttConsumer } from "./mqtt-consumer";
import type { IntakePart, Logger, WorkerDb } from "./types";
import { singletonLock } from "./singleton-lock";
import { startWiseAlphaPoller, WISEALPHA_CURSOR } from "./wisealpha-poller";

/**
 * Starts the event intake the settings ask for: the InvestSuite bus consumer (none for
 * `http`, where the web app's intake route receives the push) and the WiseAlpha /events/
 * poller. Returns at once: consumers connect and reconnect in the background, so a broker
 * that is down at boot delays intake instead of crashing the worker.
 */
export function startIntake({
  db,
  ingestDb,
  env,
  logger,
}: {
  db: WorkerDb;
  /** The consumers' batch INSERTs (pgRawQueries on the pool `db` uses); Prisma's `db` when absent. */
  ingestDb?: RawQueries;
  env: WorkerEnv;
  logger: Logger;
}): {
  ready: Promise<void>;
  stop(): Promise<void>;
} {
  const parts: IntakePart[] = [];
  if (env.EVENT_TRANSPORT === "amqp") {
    parts.push(
      startAmqpConsumer({
        db,
        ingestDb,
        logger,
        options: { url: env.AMQP_URL, exchange: env.AMQP_EXCHANGE, queue: env.AMQP_QUEUE, prefetch: env.AMQP_PREFETCH },
      }),
    );
  } else if (env.EVENT_TRANSPORT === "mqtt") {
    parts.push(
      startMqttConsumer({
        db,
        ingestDb,
        logger,
        options: { url: env.MQTT_URL, topic: env.MQTT_TOPIC, clientId: env.MQTT_CLIENT_ID, shareGroup: env.MQTT_SHARE_GROUP },
      }),
    );
  }
  if (env.WISEALPHA_POLL_INTERVAL_MS > 0) {
    parts.push(
      startWiseAlphaPoller({
        db,
        logger,
        options: { baseUrl: env.WISEALPHA_BASE_URL, apiKey: env.WISEALPHA_API_KEY, intervalMs: env.WISEALPHA_POLL_INTERVAL_MS },
        // One poller across every worker on this database; the others stand by (README, "Multi-machine deployment").
        lock: singletonLock({ connectionString: env.DATABASE_URL, name: `poller:${WISEALPHA_CURSOR}`, logger }),
      }),
    );
  }
  logger.info({ transport: env.EVENT_TRANSPORT, wisealphaPollMs: env.WISEALPHA_POLL_INTERVAL_MS }, "event intake started");
  return {
    ready: Promise.all(parts.map((p) => p.ready)).then(() => undefined),
    async stop() {
      await Promise.all(parts.map((p) => p.stop()));
    },
  };
}
