import pino from "pino";

import { createPrismaClient } from "../../lib/db/create-client";
import { startJobQueue } from "../../worker/processing/job-queue";
import { startProcessing } from "../../worker/processing/start-processing";
import { connectPg } from "./pg-client";

export type ProcessingResult = {
  pendingAtStart: number;
  processed: number;
  seconds: number;
  perSecond: number;
  /** Status of every event after the run (the ingest phases' events are mostly of types without a handler). */
  statuses: Record<string, number>;
};

/**
 * The worker's event processing on its own, over the backlog the ingest phases left
 * (they run with EVENT_PROCESSING=off, so ingest is timed without processing taking
 * its share of the two cores). The same startJobQueue + startProcessing the worker
 * runs, with its default of 4 events at once, until the backlog is gone or `maxSeconds`.
 */
export async function measureProcessing(databaseUrl: string, maxSeconds: number): Promise<ProcessingResult> {
  const client = await connectPg(databaseUrl);
  const pending = async () =>
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "status" = 'PENDING'`)).rows[0]!.n;
  const logger = pino({ level: "silent" });
  const db = createPrismaClient(databaseUrl, 6);
  const boss = await startJobQueue(databaseUrl, logger);
  try {
    const pendingAtStart = await pending();
    const started = performance.now();
    const processing = await startProcessing({ db, boss, logger, concurrency: 4, sweepIntervalMs: 250 });
    let left = pendingAtStart;
    while (left > 0 && performance.now() - started < maxSeconds * 1000) {
      await new Promise((r) => setTimeout(r, 200));
      left = await pending();
    }
    const seconds = (performance.now() - started) / 1000;
    processing.stop();
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
    // Graceful: the events being processed finish before their database client is closed.
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await db.$disconnect();
    await client.end();
  }
}
