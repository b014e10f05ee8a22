/**
 * Child process of scripts/bench/withdrawals-phase.ts: times the withdrawal queue's data
 * layer in-process, exactly what app/(back-office)/withdrawals/page.tsx awaits. Run with
 * NODE_OPTIONS=--conditions=react-server (the data layer imports `server-only`) and
 * DATABASE_URL / NEXTAUTH_SECRET set (lib/db.ts reads them via lib/env.ts).
 * Writes its results as JSON to argv[2]; EXPLAINs of cases over the target to argv[3].
 */
import { writeFile } from "node:fs/promises";

import { findWithdrawalQueue } from "@/lib/withdrawals/find-withdrawals";
import { getDb } from "@/lib/db";
import { withdrawalFilterSchema, type WithdrawalFilter } from "@/lib/validations/withdrawals";

import { captureSql, explain } from "./capture-sql";
import { TARGETS } from "./config";
import { timeCalls, type Timing } from "./stats";
import { queueCases } from "./withdrawals-cases";

export type QueueCaseResult = { name: string; rows: number; total: number; page: Timing };
export type QueueBenchResult = { cases: QueueCaseResult[]; explained: string[] };

const RUNS = Number(process.env.BENCH_QUEUE_RUNS || 50);

/** Everything page.tsx awaits for the queue: one page of rows and the counts per state. */
const pageQueries = (filter: WithdrawalFilter) => findWithdrawalQueue(filter);

async function main() {
  const [resultFile, explainFile] = [process.argv[2]!, process.argv[3]!];
  const databaseUrl = process.env.DATABASE_URL!;
  const cases: QueueCaseResult[] = [];
  const explains: string[] = [];
  for (const c of queueCases()) {
    const parsed = withdrawalFilterSchema.safeParse(c.params);
    if (!parsed.success) throw new Error(`Case "${c.name}" is not a valid queue filter: ${parsed.error.message}`);
    const filter = parsed.data;
    const first = await pageQueries(filter);
    const page = await timeCalls(() => pageQueries(filter), 5, RUNS);
    cases.push({ name: c.name, rows: first.withdrawals.length, total: first.total, page });
    process.stderr.write(`[bench]   ${c.name}: p95 ${page.p95.toFixed(1)} ms\n`);
    if (page.p95 > TARGETS.listP95Ms) {
      const statements = await captureSql(databaseUrl, () => pageQueries(filter));
      explains.push(`=== ${c.name}: p95 ${page.p95.toFixed(1)} ms > ${TARGETS.listP95Ms} ms\n${await explain(databaseUrl, statements)}`);
    }
  }
  await writeFile(explainFile, explains.length ? `${explains.join("\n\n")}\n` : `Every queue case met p95 ≤ ${TARGETS.listP95Ms} ms.\n`);
  await writeFile(resultFile, JSON.stringify({ cases, explained: explains } satisfies QueueBenchResult));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
