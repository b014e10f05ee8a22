import { readFile } from "node:fs/promises";
import path from "node:path";

import { TARGETS } from "./config";
import { runServerChild } from "./server-child";
import { fmtInt, fmtMs, table, TIMING_COLUMNS, timingCells } from "./stats";
import type { QueueBenchResult } from "./withdrawals-bench";
import { bulkLoadWithdrawals } from "./withdrawals-load";

export const QUEUE_EXPLAIN_FILE = path.join("scripts", "bench", "last-explain-withdrawals.txt");

type PhaseOptions = { databaseUrl: string; dataDir: string; runId: string; log: (message: string) => void };

/**
 * Issue 5's queue figure: loads BENCH_WITHDRAWALS requests (10,000 by default; 0 skips) into
 * the bench database, times the queue's data layer in a child process (see
 * withdrawals-bench.ts) and prints its table. One call from scripts/bench.ts.
 */
export async function benchWithdrawalQueue({ databaseUrl, dataDir, runId, log }: PhaseOptions) {
  const count = Number((process.env.BENCH_WITHDRAWALS ?? "10000").replace(/_/g, ""));
  if (!Number.isInteger(count) || count <= 0) return log("withdrawal queue: skipped (BENCH_WITHDRAWALS=0)");
  log(`loading ${fmtInt(count)} withdrawal requests with INSERT … SELECT FROM generate_series…`);
  const load = await bulkLoadWithdrawals(databaseUrl, count, runId);
  log(`loaded in ${load.seconds.toFixed(1)} s; timing the withdrawal queue data layer (lib/withdrawals/find-withdrawals.ts)…`);
  const result = await runChild(databaseUrl, path.join(dataDir, "withdrawals-result.json"));
  const header = [`findWithdrawalQueue on ${fmtInt(count)} requests`, "rows", "matches", ...TIMING_COLUMNS, `p95 ≤ ${TARGETS.listP95Ms}`];
  const rows = result.cases.map((c) => [
    c.name,
    String(c.rows),
    fmtInt(c.total),
    ...timingCells(c.page),
    c.page.p95 <= TARGETS.listP95Ms ? "yes" : "NO",
  ]);
  const worst = Math.max(...result.cases.map((c) => c.page.p95));
  console.log(
    `\nWithdrawal queue server time (target p95 ≤ ${TARGETS.listP95Ms} ms; rows + counts per state, all page.tsx awaits; worst p95 ${fmtMs(worst)} ms)\n${table(header, rows)}`,
  );
  if (result.explained.length)
    console.log(`EXPLAIN (ANALYZE, BUFFERS) of the cases over ${TARGETS.listP95Ms} ms written to ${QUEUE_EXPLAIN_FILE}`);
}

/** In its own process (see server-child.ts for why). */
async function runChild(databaseUrl: string, resultFile: string): Promise<QueueBenchResult> {
  await runServerChild("withdrawal queue bench", "scripts/bench/withdrawals-bench.ts", [resultFile, QUEUE_EXPLAIN_FILE], databaseUrl);
  return JSON.parse(await readFile(resultFile, "utf8")) as QueueBenchResult;
}
