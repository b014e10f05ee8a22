import { connect, type IPublishPacket } from "mqtt";

import { parseInvestSuiteEvent } from "../../lib/events/envelopes/investsuite";
import type { RawQueries } from "../../lib/db/pg-raw-queries";
import { isDataError } from "../../lib/events/data-error";
import { ingestEvents, type IngestMeta } from "../../lib/events/ingest";
import { retryDelayMs, sleep } from "./backoff";
import { recordRejections } from "./rejections";
import type { IntakePart, Logger, WorkerDb } from "./types";

const META: IngestMeta = { provider: "INVESTSUITE", transport: "MQTT", signature: "NOT_SIGNED" };
/**
 * MQTT 5 ends a session at disconnect unless the client asks for an expiry, so
 * `clean: false` alone would lose what was published while the worker restarts.
 * A week covers any deploy or outage we would sit out rather than reconcile.
 */
const SESSION_EXPIRY_SECONDS = 7 * 24 * 3600;

export type MqttConsumerOptions = {
  url: string;
  topic: string;
  clientId: string;
  /** Competing consumers: subscribe as a member of this MQTT 5 shared subscription group (`$share/<group>/<topic>`). */
  shareGroup?: string;
};

/** The filter we subscribe with: the topic itself, or the shared subscription the group's members compete on. */
export function subscriptionFilter({ topic, shareGroup }: Pick<MqttConsumerOptions, "topic" | "shareGroup">): string {
  return shareGroup ? `$share/${shareGroup}/${topic}` : topic;
}

/**
 * Consumes InvestSuite events published at QoS 1, acknowledging each one only after it
 * is committed. mqtt.js sends the PUBACK when `handleMessage`'s callback is called and
 * hands over the next PUBLISH only after that (README: "one at a time"), so overriding
 * it gives commit-then-ack. The same serial delivery is why there is no batching here:
 * holding a PUBACK back would also hold back every later message, so each event is its
 * own commit. A fixed client id with a persistent session makes the broker keep QoS 1
 * messages (and unacked ones) for us across restarts; it redelivers the unacked ones on
 * reconnect, and the unique key absorbs the repeats.
 */
export function startMqttConsumer({
  db,
  ingestDb = db,
  logger,
  options,
}: {
  db: WorkerDb;
  /** Where the INSERTs go (see createAmqpBatcher); Prisma's `db` when absent. */
  ingestDb?: RawQueries;
  logger: Logger;
  options: MqttConsumerOptions;
}): IntakePart {
  const log = logger.child({ component: "mqtt-consumer", topic: subscriptionFilter(options), clientId: options.clientId });
  const stopSignal = new AbortController();
  let inFlight: Promise<void> = Promise.resolve();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const client = connect(options.url, {
    clientId: options.clientId,
    clean: false,
    protocolVersion: 5,
    properties: { sessionExpiryInterval: SESSION_EXPIRY_SECONDS },
    reconnectPeriod: 1000,
    connectTimeout: 10_000,
    // We subscribe on every connect ourselves (below), also when the broker lost our session.
    resubscribe: false,
  });

  client.handleMessage = (packet: IPublishPacket, callback: (error?: Error) => void) => {
    if (stopSignal.signal.aborted) {
      // No PUBACK: the broker keeps it in our session and sends it to the next run.
      callback(new Error("consumer stopping"));
      return;
    }
    inFlight = store(packet);
    inFlight.then(
      () => callback(),
      (err: Error) => callback(err),
    );
  };

  async function store(packet: IPublishPacket) {
    const body = typeof packet.payload === "string" ? packet.payload : Buffer.from(packet.payload).toString("utf8");
    let parsed = parseInvestSuiteEvent(body);
    for (let attempt = 1; ; attempt++) {
      try {
        if (parsed.ok) await ingestEvents(ingestDb, META, [parsed.event]);
        // Acked after recording: redelivering an unparseable or unstorable message would only fail again.
        else await recordRejections(db, "INVESTSUITE", "MQTT", [{ reason: parsed.reason, body }]);
        return;
      } catch (err) {
        if (parsed.ok && isDataError(err)) {
          // PostgreSQL refuses this event itself (not the database being down): record it instead, then ack.
          parsed = { ok: false, reason: "The database cannot store this event (a value is out of range or too large)." };
          continue;
        }
        // Keep it unacked and retry in place: MQTT only redelivers on a new connection.
        log.error({ err, attempt }, "mqtt event not stored; retrying");
        if (stopSignal.signal.aborted) throw err;
        await sleep(retryDelayMs(attempt), stopSignal.signal);
      }
    }
  }

  client.on("connect", (connack) => {
    log.info({ sessionPresent: connack.sessionPresent }, "mqtt connected");
    client.subscribe(subscriptionFilter(options), { qos: 1 }, (err, granted) => {
      if (err) return log.error({ err }, "mqtt subscribe failed");
      // 128 = refused; anything else is the granted QoS (0 would drop at-least-once delivery).
      const qos = granted?.[0]?.qos;
      if (qos !== 1 && qos !== 2) log.error({ qos }, "mqtt subscription not granted at QoS 1");
      else markReady();
    });
  });
  client.on("error", (err) => log.warn({ err }, "mqtt client error"));
  client.on("offline", () => log.warn("mqtt offline; reconnecting"));

  return {
    ready,
    async stop() {
      stopSignal.abort();
      // Let the event being stored finish and its PUBACK go out before disconnecting.
      await inFlight.catch(() => undefined);
      await client.endAsync(false).catch(() => client.end(true));
      log.info("mqtt consumer stopped");
    },
  };
}
