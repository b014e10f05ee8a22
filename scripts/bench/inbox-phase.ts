import { readFile } from "node:fs/promises";
import path from "node:path";

import { TARGETS } from "./config";
import type { InboxBenchResult } from "./inbox-bench";
import { loadInboxData } from "./inbox-load";
import { runServerChild } from "./server-child";
import { fmtInt, fmtMs, percentile, table, TIMING_COLUMNS, timingCells } from "./stats";

type PhaseOptions = { databaseUrl: string; dataDir: string; runId: string; log: (message: string) => void };

const size = (name: string, fallback: number) => Number((process.env[name] ?? String(fallback)).replace(/_/g, ""));

/**
 * Issue 13's figures: the home page's server time (every card the role may see, i.e. all
 * page.tsx awaits) and the global search's p50/p95, with 10,000 withdrawals, 1,000,000
 * events, 2,000 cases and 5,000 orders loaded. BENCH_INBOX=0 skips it; BENCH_ONLY=inbox
 * (scripts/bench.ts) runs it alone.
 */
export async function benchInbox({ databaseUrl, dataDir, runId, log }: PhaseOptions) {
  if (process.env.BENCH_INBOX === "0") return log("inbox: skipped (BENCH_INBOX=0)");
  const sizes = {
    withdrawals: size("BENCH_WITHDRAWALS", 10_000) || 10_000,
    events: size("BENCH_EVENTS", 1_000_000) || 1_000_000,
    cases: size("BENCH_INBOX_CASES", 2_000),
    orders: size("BENCH_INBOX_ORDERS", 5_000),
    searchObjects: size("BENCH_SEARCH_OBJECTS", 100_000),
  };
  const started = performance.now();
  await loadInboxData(databaseUrl, sizes, runId, log);
  log(`inbox: loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; timing loadInbox and globalSearch…`);
  const resultFile = path.join(dataDir, "inbox-result.json");
  await runServerChild("inbox bench", "scripts/bench/inbox-bench.ts", [resultFile], databaseUrl);
  const result = JSON.parse(await readFile(resultFile, "utf8")) as InboxBenchResult;
  const target = TARGETS.listP95Ms;
  const ok = (p95: number) => (p95 <= target ? "yes" : "NO");
  const home = table(
    ["home page server time", "cards", ...TIMING_COLUMNS, `p95 ≤ ${target}`],
    result.home.map((h) => [h.name, String(h.cards), ...timingCells(h.timing), ok(h.timing.p95)]),
  );
  const search = table(
    ["global search", "hits", ...TIMING_COLUMNS, `p95 ≤ ${target}`],
    result.search.map((s) => [s.name, String(s.hits), ...timingCells(s.timing), ok(s.timing.p95)]),
  );
  const slowest = [...result.cards].sort((a, b) => b.timing.p95 - a.timing.p95).slice(0, 6);
  const cards = table(
    ["slowest cards, each loaded alone", "p50 ms", "p95 ms", "runs"],
    slowest.map((c) => [c.name, fmtMs(c.timing.p50), fmtMs(c.timing.p95), String(c.timing.runs)]),
  );
  // All queries' p95s together: what a person typing a mix of these would see.
  const worstSearch = Math.max(...result.search.map((s) => s.timing.p95));
  const medianOfP50 = percentile(
    result.search.map((s) => s.timing.p50),
    50,
  );
  console.log(
    `\nWork inbox (target p95 ≤ ${target} ms each; ${fmtInt(sizes.withdrawals)} withdrawals, ${fmtInt(sizes.events)} events, ${fmtInt(sizes.cases)} cases, ${fmtInt(sizes.orders)} orders, ${fmtInt(sizes.searchObjects)} search objects)\n${home}\n\n${cards}\n\n${search}\nsearch: median p50 ${fmtMs(medianOfP50)} ms, worst p95 ${fmtMs(worstSearch)} ms (target ${target} ms)`,
  );
}
