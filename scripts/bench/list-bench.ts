/**
 * Child process of scripts/bench.ts: times the events page's data layer in-process.
 * Run with NODE_OPTIONS=--conditions=react-server (so `server-only` imports resolve)
 * and DATABASE_URL / NEXTAUTH_SECRET set, because lib/db.ts reads them via lib/env.ts.
 * Writes its results as JSON to argv[2]; EXPLAINs of slow list cases to argv[3].
 */
import { writeFile } from "node:fs/promises";

import { parseEventFilter } from "@/lib/events/event-filter-params";
import { findEvents } from "@/lib/events/find-events";
import { loadEventsPage } from "@/lib/events/load-events-page";
import { getDb } from "@/lib/db";
import type { EventFilter } from "@/lib/validations/events";

import { TARGETS } from "./config";
import { captureSql, explain } from "./capture-sql";
import { listCases } from "./list-cases";
import { summarize, type Timing } from "./stats";

export type ListCaseResult = { name: string; rows: number; list: Timing; page: Timing | null; outsideTarget?: string };
export type ListBenchResult = { cases: ListCaseResult[]; explained: string[] };

const LIST_RUNS = Number(process.env.BENCH_LIST_RUNS || 50);
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS || 10);
/** A case this slow is timed with fewer runs, so one missing index cannot eat the 10-minute budget. */
const SLOW_MS = 1_000;

/** Everything app/(back-office)/events/page.tsx awaits for one request: the page calls the same function. */
const pageQueries = (filter: EventFilter) => loadEventsPage(filter);

/** Timing: `runs` after `warmups`; a call slower than SLOW_MS gets 2 warm-ups and `slowRuns`. */
async function time(call: () => Promise<unknown>, warmups: number, runs: number, slowRuns: number): Promise<Timing> {
  const measure = async () => {
    const started = performance.now();
    await call();
    return performance.now() - started;
  };
  const slow = (await measure()) > SLOW_MS;
  for (let i = 1; i < (slow ? Math.min(2, warmups) : warmups); i++) await measure();
  const samples: number[] = [];
  for (let i = 0; i < (slow ? Math.min(runs, slowRuns) : runs); i++) samples.push(await measure());
  return summarize(samples);
}

async function main() {
  const [resultFile, explainFile] = [process.argv[2]!, process.argv[3]!];
  const databaseUrl = process.env.DATABASE_URL!;
  const cases: ListCaseResult[] = [];
  const explained: string[] = [];
  const explains: string[] = [];
  for (const c of await listCases(databaseUrl)) {
    const parsed = parseEventFilter(c.params);
    if (!parsed.success) throw new Error(`Case "${c.name}" is not a valid filter: ${parsed.error.message}`);
    const filter = parsed.data;
    const rows = (await findEvents(filter)).events.length;
    const list = await time(() => findEvents(filter), 5, LIST_RUNS, 10);
    const page = PAGE_RUNS > 0 ? await time(() => pageQueries(filter), 2, PAGE_RUNS, 3) : null;
    cases.push({ name: c.name, rows, list, page, outsideTarget: c.outsideTarget });
    process.stderr.write(`[bench]   ${c.name}: list p95 ${list.p95.toFixed(1)} ms${page ? `, page p95 ${page.p95.toFixed(1)} ms` : ""}\n`);
    if (list.p95 > TARGETS.listP95Ms && !c.outsideTarget) {
      explained.push(c.name);
      const statements = await captureSql(databaseUrl, () => findEvents(filter));
      explains.push(
        `=== ${c.name} (${JSON.stringify(c.params)}): list p95 ${list.p95.toFixed(1)} ms > ${TARGETS.listP95Ms} ms\n${await explain(databaseUrl, statements)}`,
      );
    }
    // The page's other queries (status counts, chart, newest id) once, unfiltered: they set the page's floor.
    if (cases.length === 1 && page && page.p95 > TARGETS.listP95Ms) {
      const statements = await captureSql(databaseUrl, () => pageQueries(filter));
      explains.push(
        `=== whole page, no filter: p95 ${page.p95.toFixed(1)} ms (for reference; the target is the list's)\n${await explain(databaseUrl, statements)}`,
      );
    }
  }
  await writeFile(
    explainFile,
    explains.length ? `${explains.join("\n\n")}\n` : `Every list case met p95 ≤ ${TARGETS.listP95Ms} ms in the last run.\n`,
  );
  await writeFile(resultFile, JSON.stringify({ cases, explained } satisfies ListBenchResult));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
