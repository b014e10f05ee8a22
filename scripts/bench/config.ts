import { randomBytes } from "node:crypto";

/** Sizes and connections of one bench run; every size can be made smaller for a quick look. */
export type BenchConfig = {
  serverUrl: string;
  rawInserts: number;
  webhooks: number;
  webhookConcurrency: number;
  amqpEvents: number;
  /** How long the worker's processing is timed on the ingest phases' backlog (0 skips it). */
  processingSeconds: number;
  amqpUrl: string;
  listEvents: number;
  /** Unique per run so parallel benches (or a crashed earlier one) never share ids, queues or exchanges. */
  runId: string;
};

function size(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0 (got "${raw}").`);
  return value;
}

export function loadBenchConfig(): BenchConfig {
  // Never the database in these URLs: the bench only uses their server to create its own database.
  const serverUrl =
    process.env.BENCH_DATABASE_URL ||
    process.env.TEST_DATABASE_URL ||
    process.env.DATABASE_URL ||
    "postgresql://postgres@127.0.0.1:5432/postgres";
  return {
    serverUrl,
    rawInserts: size("BENCH_RAW_INSERTS", 3_000),
    webhooks: size("BENCH_WEBHOOKS", 20_000),
    // Providers retry and fan out: 128 deliveries in flight is a busy sender, and each waits for its own commit.
    webhookConcurrency: Math.max(1, size("BENCH_WEBHOOK_CONCURRENCY", 128)),
    amqpEvents: size("BENCH_AMQP", 50_000),
    processingSeconds: size("BENCH_PROCESSING_SECONDS", 30),
    amqpUrl: process.env.BENCH_AMQP_URL || process.env.AMQP_URL || "amqp://guest:guest@127.0.0.1:5672",
    listEvents: size("BENCH_EVENTS", 1_000_000),
    runId: `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`,
  };
}

/** Issue 4's targets, printed next to the figures (the bench reports, it does not fail on them). */
export const TARGETS = { ingestVsRawInsert: 3, listP95Ms: 100, amqpShareOfCeiling: 0.25 } as const;
