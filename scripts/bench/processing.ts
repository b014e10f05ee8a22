import os from "node:os";

import pino from "pino";

import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { startProcessing } from "../../worker/processing/start-processing";
import { connectPg } from "./pg-client";
import { mixEvents, ordersFor, seedOrders, storeMix } from "./processing-mix";
import { fmtInt, table } from "./stats";

export type ProcessingResult = {
  pendingAtStart: number;
  processed: number;
  seconds: number;
  perSecond: number;
  /** Status of every event after the run (the ingest phases' events are mostly of types without a handler). */
  statuses: Record<string, number>;
};

/** #19's targets, printed beside the figures. */
export const PROCESSING_TARGETS = { eventsPerSecond: 3_000, p99Ms: 1_000 } as const;

type ProcessingSettings = { loops: number; batchSize: number };

function settings(): ProcessingSettings {
  const num = (name: string, fallback: number) => {
    const value = Number(process.env[name] || fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1.`);
    return value;
  };
  // The worker's defaults (worker/env.ts EVENT_CONCURRENCY, EVENT_BATCH_SIZE).
  return { loops: num("BENCH_PROCESSING_LOOPS", 2), batchSize: num("BENCH_PROCESSING_BATCH", 500) };
}

/** A client like the worker's: one connection per loop plus headroom, the worker's transaction waits. */
function processingDb(databaseUrl: string, loops: number): Db {
  return createPrismaClient(databaseUrl, loops + 2, { transactionOptions: { maxWait: 5_000, timeout: 10_000 } });
}

/**
 * The worker's event processing on its own, over the backlog the ingest phases left
 * (they run with EVENT_PROCESSING=off, so ingest is timed without processing taking
 * its share of the two cores). The same startProcessing the worker runs, with its
 * defaults, until the backlog is gone or `maxSeconds`.
 */
export async function measureProcessing(databaseUrl: string, maxSeconds: number): Promise<ProcessingResult> {
  const client = await connectPg(databaseUrl);
  const pending = async () =>
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "status" = 'PENDING'`)).rows[0]!.n;
  const logger = pino({ level: "silent" });
  const { loops, batchSize } = settings();
  const db = processingDb(databaseUrl, loops);
  try {
    const pendingAtStart = await pending();
    const started = performance.now();
    const processing = await startProcessing({ db, logger, concurrency: loops, batchSize });
    let left = pendingAtStart;
    while (left > 0 && performance.now() - started < maxSeconds * 1000) {
      await new Promise((r) => setTimeout(r, 200));
      left = await pending();
    }
    const seconds = (performance.now() - started) / 1000;
    await processing.stop();
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT "status"::text AS status, count(*)::int AS n FROM "ProviderEvent" GROUP BY 1 ORDER BY 1`,
    );
    const processed = pendingAtStart - left;
    return {
      pendingAtStart,
      processed,
      seconds,
      perSecond: processed / seconds,
      statuses: Object.fromEntries(rows.map((r) => [r.status, r.n])),
    };
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

export type MixBenchOptions = {
  databaseUrl: string;
  runId: string;
  log: (message: string) => void;
  /** Backlog for the throughput phase (BENCH_PROCESSING_EVENTS). */
  backlog?: number;
  /** Steady arrival rate and duration of the latency phase (BENCH_PROCESSING_RATE, BENCH_PROCESSING_LATENCY_SECONDS). */
  rate?: number;
  latencySeconds?: number;
};

/** Events of each kind per entity (portfolio, customer, order): per-entity order has something to order. */
const PER_ENTITY = 3;

/**
 * #19 done-when 1, processing part. (1) Throughput: a backlog of the mix (processing-mix.ts: half
 * the events with handlers that write) is stored, then the worker's processing (startProcessing,
 * its default loops and batch size) runs until every event is final. (2) Latency: processing keeps
 * running while events of the same mix arrive at a steady `rate` per second for `latencySeconds`
 * (stored as the intake stores them, every 20 ms what is due); receipt to processed is
 * `processedAt − receivedAt` of each of them, p50 and p99. Both in this process, as one worker.
 */
export async function benchProcessing(options: MixBenchOptions): Promise<string> {
  const { databaseUrl, runId, log } = options;
  const backlog = options.backlog ?? envSize("BENCH_PROCESSING_EVENTS", 30_000);
  const rate = options.rate ?? envSize("BENCH_PROCESSING_RATE", 1_000);
  const latencySeconds = options.latencySeconds ?? envSize("BENCH_PROCESSING_LATENCY_SECONDS", 60);
  const { loops, batchSize } = settings();
  const logger = pino({ level: "silent" });
  const db = processingDb(databaseUrl, loops);
  const feeder = createPrismaClient(databaseUrl, 2);
  const client = await connectPg(databaseUrl);
  const lines: string[] = [];
  try {
    // Throughput.
    const run = `${runId}t`;
    log(`processing: storing a backlog of ${fmtInt(backlog)} events (half with writing handlers) and seeding their orders…`);
    await seedOrders(feeder, run, ordersFor(backlog, PER_ENTITY));
    const base = Date.now() - 3_600_000;
    const ids = await storeMix(
      feeder,
      mixEvents(run, 0, backlog, PER_ENTITY, (i) => new Date(base + i)),
    );
    await client.query(`VACUUM ANALYZE "ProviderEvent"`);
    const loadBefore = os.loadavg()[0]!;
    log(`processing: ${fmtInt(ids.length)} events stored; processing with ${loops} loops × batches of ${batchSize}…`);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let processing = await startProcessing({ db, logger, concurrency: loops, batchSize });
    const open = async () =>
      (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "providerEventId" LIKE $1 AND status IN ('PENDING', 'FAILED')`,
          [`mix-${run}-%`],
        )
      ).rows[0]!.n;
    let left = ids.length;
    while (left > 0 && performance.now() - started < 300_000) {
      await new Promise((r) => setTimeout(r, 100));
      left = await open();
    }
    const seconds = (performance.now() - started) / 1000;
    const perSecond = (ids.length - left) / seconds;
    // This process's CPU per event (handlers, Prisma, the claim): what bounds one worker whatever the machine's load.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerEvent = (cpu.user + cpu.system) / 1000 / Math.max(1, ids.length - left);
    const cpuShare = (cpu.user + cpu.system) / 1e6 / seconds;
    const statuses = await statusesOf(client, `mix-${run}-%`);
    const writes = await writesOf(client, run);

    // Latency at a steady rate, with the same processing running (restarted: a fresh measurement).
    await processing.stop();
    processing = await startProcessing({ db, logger, concurrency: loops, batchSize });
    const lrun = `${runId}l`;
    const total = rate * latencySeconds;
    await seedOrders(feeder, lrun, ordersFor(total, PER_ENTITY));
    log(`processing: ${fmtInt(rate)} events/s for ${latencySeconds} s while processing runs…`);
    const feedStart = performance.now();
    let sent = 0;
    let late = 0;
    // Every 20 ms, what is due by then: the intake's own batching under a steady stream.
    while (sent < total) {
      const tick = performance.now();
      const due = Math.min(total, Math.floor(((tick - feedStart) / 1000) * rate));
      if (due > sent) {
        const batch = mixEvents(lrun, sent, due - sent, PER_ENTITY, () => new Date());
        sent = due;
        await storeMix(feeder, batch);
      }
      const wait = tick + 20 - performance.now();
      if (wait <= 0) late += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    }
    const feedSeconds = (performance.now() - feedStart) / 1000;
    const drainStart = performance.now();
    const openLatency = async () =>
      (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "providerEventId" LIKE $1 AND status IN ('PENDING', 'FAILED')`,
          [`mix-${lrun}-%`],
        )
      ).rows[0]!.n;
    let leftLatency = await openLatency();
    while (leftLatency > 0 && performance.now() - drainStart < 60_000) {
      await new Promise((r) => setTimeout(r, 100));
      leftLatency = await openLatency();
    }
    await processing.stop();
    const { rows } = await client.query<{ n: number; p50: number; p99: number; max: number }>(
      `SELECT count(*)::int AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT (EXTRACT(EPOCH FROM ("processedAt" - "receivedAt")) * 1000)::float8 AS ms
                 FROM "ProviderEvent" WHERE "providerEventId" LIKE $1 AND "processedAt" IS NOT NULL) t`,
      [`mix-${lrun}-%`],
    );
    const latency = rows[0]!;
    const latencyStatuses = await statusesOf(client, `mix-${lrun}-%`);
    const loadAfter = os.loadavg();

    const fmt = (s: Record<string, number>) =>
      Object.entries(s)
        .map(([k, v]) => `${k} ${fmtInt(v)}`)
        .join(", ");
    lines.push(
      `\nProcessing (#19: the worker's claim loops in this process, ${loops} loops × batches of ${batchSize}; ` +
        `mix: half with writing handlers — divest updates, WiseAlpha account events, order price changes — half without)`,
      table(
        ["measure", "figure", "target", "notes"],
        [
          [
            "throughput on a backlog",
            `${fmtInt(perSecond)} events/s`,
            `≥ ${fmtInt(PROCESSING_TARGETS.eventsPerSecond)} events/s`,
            `${fmtInt(ids.length - left)} of ${fmtInt(ids.length)} in ${seconds.toFixed(1)} s; ${fmt(statuses)}; rows written: ${writes}; ` +
              `this process used ${cpuMsPerEvent.toFixed(2)} ms CPU per event (${(cpuShare * 100).toFixed(0)} % of a core)`,
          ],
          [
            `receipt → processed p50 at ${fmtInt(rate)}/s`,
            `${fmtInt(latency.p50)} ms`,
            "",
            `${fmtInt(latency.n)} of ${fmtInt(total)} events processed, fed in ${feedSeconds.toFixed(1)} s (${fmtInt(total / feedSeconds)}/s, ${late} late ticks); ${fmt(latencyStatuses)}`,
          ],
          [
            `receipt → processed p99 at ${fmtInt(rate)}/s`,
            `${fmtInt(latency.p99)} ms`,
            `≤ ${fmtInt(PROCESSING_TARGETS.p99Ms)} ms`,
            `max ${fmtInt(latency.max)} ms`,
          ],
        ],
      ),
      `load average (1 min) ${loadBefore.toFixed(1)} before the throughput phase, ${loadAfter.map((n) => n.toFixed(1)).join(" / ")} (1/5/15 min) after; ` +
        `${os.cpus().length} CPUs shared with whatever else runs here`,
    );
    return lines.join("\n");
  } finally {
    await db.$disconnect();
    await feeder.$disconnect();
    await client.end();
  }
}

function envSize(name: string, fallback: number) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${raw}").`);
  return value;
}

async function statusesOf(client: Awaited<ReturnType<typeof connectPg>>, like: string) {
  const { rows } = await client.query<{ status: string; n: number }>(
    `SELECT status::text AS status, count(*)::int AS n FROM "ProviderEvent" WHERE "providerEventId" LIKE $1 GROUP BY 1 ORDER BY 1`,
    [like],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** What the writing handlers wrote for this run, so "handlers that write" is checked, not assumed. */
async function writesOf(client: Awaited<ReturnType<typeof connectPg>>, run: string) {
  const { rows } = await client.query<{ requests: number; entries: number; history: number; confirm: number }>(
    `SELECT (SELECT count(*)::int FROM "WithdrawalRequest" WHERE "portfolioRef" LIKE $1) AS requests,
            (SELECT count(*)::int FROM "OnboardingCaseEntry" e JOIN "OnboardingCase" c ON c.id = e."caseId" WHERE c."subjectRef" LIKE $2) AS entries,
            (SELECT count(*)::int FROM "OrderHistoryEntry" WHERE "orderId" LIKE $3) AS history,
            (SELECT count(*)::int FROM "OrderBookEntry" WHERE id LIKE $3 AND state = 'CONFIRM') AS confirm`,
    [`P-mix-${run}-%`, `C-mix-${run}-%`, `MKTBUY-mix-${run}-%`],
  );
  const w = rows[0]!;
  return `${fmtInt(w.requests)} withdrawal requests, ${fmtInt(w.entries)} case entries, ${fmtInt(w.history)} order history rows, ${fmtInt(w.confirm)} orders to confirm`;
}
