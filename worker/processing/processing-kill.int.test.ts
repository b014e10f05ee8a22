import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { ingestEvents } from "../../lib/events/ingest";
import { runId, testDb, waitFor } from "../intake/test-support";

/**
 * #20 done-when 3 (processing part): a real worker process (worker/main.ts) SIGKILLed while it
 * works through a backlog, a new one started at once. Before the fix, the dead worker's jobs
 * stayed active in pg-boss for 5 minutes and the re-queued ones blocked the whole queue. Since
 * #19 the worker claims batches from the event table itself: what the dead worker held is its
 * open transaction, which ends with its connection.
 */
const db = testDb();
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await db.$disconnect();
});

/** Large enough, in batches small enough, that the kill lands mid-backlog at #19's rate (~thousands/s). */
const BACKLOG = 1_000;
const BATCH_SIZE = 25;
const POSTED_LATER = 20;
const RESUME_LIMIT_MS = 30_000;
/** Events posted after the restart queue behind the rest of the backlog (FIFO); the old stall was 5+ minutes. */
const POSTED_LATER_LIMIT_MS = 60_000;

/** divest-amount-update for a portfolio of its own: its handler opens exactly one withdrawal request. */
function divestEvents(run: string, from: number, count: number) {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const id = `kill-${run}-${i}`;
    const raw = `{"id":"${id}","created":"2026-12-07T06:00:00+00:00","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"P-kill-${run}-${i}","divest_amount":100,"currency":"EUR"}}`;
    return {
      providerEventId: id,
      type: "portfolios.divest-amount-update",
      providerCreatedAt: null,
      refs: { portfolioRef: `P-kill-${run}-${i}` },
      rawPayload: raw,
    };
  });
}
async function store(run: string, from: number, count: number) {
  const ids: bigint[] = [];
  for (let i = from; i < from + count; i += 500) {
    const { newIds } = await ingestEvents(
      db,
      { provider: "INVESTSUITE", transport: "HTTP_PUSH", signature: "VALID" },
      divestEvents(run, i, Math.min(500, from + count - i)),
    );
    ids.push(...newIds);
  }
  return ids;
}
const settled = (ids: bigint[]) => db.providerEvent.count({ where: { id: { in: ids }, status: { in: ["PROCESSED", "UNHANDLED"] } } });

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("worker", "main.ts")], {
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      EVENT_TRANSPORT: "http",
      EVENT_CONCURRENCY: "4",
      EVENT_BATCH_SIZE: String(BATCH_SIZE),
      WISEALPHA_POLL_INTERVAL_MS: "0",
      WITHDRAWAL_RECONCILE_INTERVAL_MS: "0",
      ONBOARDING_SYNC_INTERVAL_MS: "0",
      ORDER_BOOK_RECONCILE_INTERVAL_MS: "0",
      // Nothing here pays out; an unreachable provider keeps the execution queue from touching anything real.
      INVESTSUITE_BASE_URL: "http://127.0.0.1:9/investsuite",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", () => {});
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`));
  children.push(child);
  return child;
}
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));

describe("a worker SIGKILLed mid-processing", () => {
  it(
    "is taken over at once by a new worker: nothing lost, nothing processed twice, later events prompt",
    { timeout: 300_000 },
    async () => {
      // Other suites leave due events in the shared test database; this backlog is the only one.
      await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
      const run = runId();
      const backlog = await store(run, 0, BACKLOG);
      expect(backlog).toHaveLength(BACKLOG);

      const first = startWorker();
      await waitFor(
        "the first worker to be mid-backlog",
        () => settled(backlog),
        (n) => n >= 150,
        120_000,
        20,
      );
      first.kill("SIGKILL");
      const killedAt = new Date();
      await exited(first);
      const atKill = await settled(backlog);
      // The dead worker left work for the next one (its batches in flight rolled back with its connection).
      expect(atKill).toBeLessThan(BACKLOG);

      const second = startWorker();
      await waitFor(
        "processing to resume",
        () => db.providerEvent.count({ where: { id: { in: backlog }, processedAt: { gt: killedAt } } }),
        (n) => n > 0,
        RESUME_LIMIT_MS + 30_000,
        20,
      );
      const resumeMs = Date.now() - killedAt.getTime();

      const postedAt = Date.now();
      const later = await store(run, BACKLOG, POSTED_LATER);
      await waitFor(
        "the events posted after the restart",
        () => settled(later),
        (n) => n === POSTED_LATER,
        120_000,
        50,
      );
      const laterMs = Date.now() - postedAt;
      await waitFor(
        "the whole backlog",
        () => settled(backlog),
        (n) => n === BACKLOG,
        120_000,
        100,
      );
      const doneMs = Date.now() - killedAt.getTime();
      second.kill("SIGTERM");
      await exited(second);

      console.info(
        `[processing kill] ${atKill}/${BACKLOG} settled when SIGKILLed; processing resumed ${resumeMs} ms after the kill ` +
          `(new worker started at once, limit ${RESUME_LIMIT_MS} ms); ${POSTED_LATER} events posted after the restart settled in ${laterMs} ms; ` +
          `backlog done ${doneMs} ms after the kill`,
      );
      expect(resumeMs).toBeLessThan(RESUME_LIMIT_MS);
      expect(laterMs).toBeLessThan(POSTED_LATER_LIMIT_MS);

      // Nothing lost: every event processed. Nothing twice: one request (and one REQUESTED transition) per event.
      const all = [...backlog, ...later];
      expect(await db.providerEvent.count({ where: { id: { in: all }, status: "PROCESSED" } })).toBe(all.length);
      const perEvent = await db.withdrawalTransition.groupBy({
        by: ["eventId"],
        where: { eventId: { in: all }, toState: "REQUESTED" },
        _count: { _all: true },
      });
      expect(perEvent).toHaveLength(all.length);
      expect(perEvent.filter((row) => row._count._all !== 1)).toEqual([]);
      expect(await db.withdrawalRequest.count({ where: { portfolioRef: { startsWith: `P-kill-${run}-` } } })).toBe(all.length);
    },
  );
});
