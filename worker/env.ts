import { z } from "zod";

import { databaseUrl, intervalMs } from "../lib/config/env-pieces";
import { parseSettings } from "../lib/config/parse-settings";
import { depositFourEyesAboveSchema } from "../lib/deposits/amount-rules";
import { cashlinkConfigSchema, type CashlinkConfig } from "../lib/providers/cashlink/config";
import { investSuiteConfigSchema, type InvestSuiteConfig } from "../lib/providers/investsuite/config";
import { wiseAlphaConfigSchema, type WiseAlphaConfig } from "../lib/providers/wisealpha/config";

/**
 * The worker's settings, parsed once at start so a bad value stops the process with
 * the variable's name. Not lib/env.ts: that one is `server-only` and describes the web app.
 * Provider settings come from the providers' own schemas (lib/providers/<provider>/config.ts),
 * shared with the web app, so the real-key guard holds here too.
 */
export const workerEnvSchema = z.object({
  DATABASE_URL: databaseUrl,
  /**
   * Where InvestSuite's outbound events arrive. `http`: the sandbox/provider pushes to the
   * web app's intake route, so the worker consumes nothing; `amqp` / `mqtt`: the worker
   * consumes the bus. `npm start` must set the sandbox's SANDBOX_EVENT_TRANSPORT to match.
   */
  EVENT_TRANSPORT: z.enum(["http", "amqp", "mqtt"]).default("http"),
  AMQP_URL: z
    .string()
    .regex(/^amqps?:\/\//, "must be an amqp:// or amqps:// URL")
    .default("amqp://guest:guest@127.0.0.1:5672"),
  AMQP_EXCHANGE: z.string().min(1).default("investsuite.events"),
  AMQP_QUEUE: z.string().min(1).default("backoffice.investsuite-events"),
  /** Unacked messages the broker may hand us: two 500-message batches committing and a third filling. */
  AMQP_PREFETCH: z.coerce.number().int().min(1).max(65535).default(1500),
  MQTT_URL: z
    .string()
    .regex(/^(mqtts?|wss?|tcp):\/\//, "must be an mqtt:// URL")
    .default("mqtt://127.0.0.1:1883"),
  MQTT_TOPIC: z.string().min(1).default("investsuite/events"),
  /** Fixed, so the broker keeps our persistent session (and queues QoS 1 messages) while we are down. One per instance. */
  MQTT_CLIENT_ID: z.string().min(1).max(128).default("backoffice-worker"),
  /**
   * Several workers on one topic: each subscribes to `$share/<group>/<MQTT_TOPIC>` (MQTT 5 shared
   * subscription), so the broker hands each message to one of them. Unset: a plain subscription, in
   * which every subscriber gets every message (right for one worker). A level of a topic: no `/`, `+`, `#`.
   */
  MQTT_SHARE_GROUP: z
    .string()
    .regex(/^[^/+#]+$/, "must be one topic level (no /, + or #)")
    .optional(),
  /** Pause between /events/ polls; 0 disables the poller (e.g. when webhooks are trusted alone). */
  WISEALPHA_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  /** Processing attempts before an event is dead-lettered, and the first retry delay (it doubles). */
  EVENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  EVENT_RETRY_BASE_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * "off" stores events (every transport still acks after the commit) but leaves them
   * PENDING: a lever for an incident (hold processing, keep receiving), and how
   * `npm run bench` times ingest alone on a 2-core machine. "on" picks the backlog up.
   */
  EVENT_PROCESSING: z.enum(["on", "off"]).default("on"),
  /**
   * Claim loops in this worker: batches of events processed at once, each in a transaction on a
   * connection of its own (#19). Two keep both the database and this process busy on a small machine.
   */
  EVENT_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** Events one loop claims per batch (one transaction, statuses written by one UPDATE). */
  EVENT_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  /** The web app's four-eyes threshold for deposits, read here too: the worker never sends one above it that nobody approved. */
  DEPOSIT_FOUR_EYES_ABOVE: depositFourEyesAboveSchema,
  /** How often InvestSuite's pending-withdrawals query is reconciled with our requests; 0 disables. */
  WITHDRAWAL_RECONCILE_INTERVAL_MS: intervalMs(300_000),
  /** How often every managed customer's WiseAlpha orders are reconciled with the order book; 0 disables. */
  ORDER_BOOK_RECONCILE_INTERVAL_MS: intervalMs(300_000),
  /** Payloads older than this are deleted (metadata kept); 0 keeps them forever. */
  EVENT_PAYLOAD_RETENTION_DAYS: z.coerce.number().int().min(0).default(0),
  /** How often every WiseAlpha customer and Cashlink invitation is re-read into the onboarding projection; 0 disables. */
  ONBOARDING_SYNC_INTERVAL_MS: intervalMs(600_000),
  /** How often the three providers' persons are re-read and linked into customers (issue #14); 0 disables. */
  CUSTOMER_SYNC_INTERVAL_MS: intervalMs(600_000),
  /** How often InvestSuite portfolios and users, WiseAlpha products and Cashlink investors are re-read into the search projection; 0 disables. */
  SEARCH_SYNC_INTERVAL_MS: intervalMs(600_000),
});

/** The worker's own settings plus WiseAlpha's (the poller reads its URL and key), and each provider's config for its client. */
export type WorkerEnv = z.infer<typeof workerEnvSchema> &
  WiseAlphaConfig & { providers: { investSuite: InvestSuiteConfig; wiseAlpha: WiseAlphaConfig; cashlink: CashlinkConfig } };

export function parseWorkerEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const wiseAlpha = parseSettings(wiseAlphaConfigSchema, "worker settings", source);
  const providers = {
    investSuite: parseSettings(investSuiteConfigSchema, "worker settings", source),
    wiseAlpha,
    cashlink: parseSettings(cashlinkConfigSchema, "worker settings", source),
  };
  return { ...parseSettings(workerEnvSchema, "worker settings", source), ...wiseAlpha, providers };
}
