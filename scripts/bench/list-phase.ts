import { readFile } from "node:fs/promises";
import path from "node:path";

import type { ListBenchResult } from "./list-bench";
import { runServerChild } from "./server-child";

export const EXPLAIN_FILE = path.join("scripts", "bench", "last-explain.txt");

/** Runs list-bench.ts in its own process (see server-child.ts for why). */
export async function runListPhase(databaseUrl: string, resultFile: string): Promise<ListBenchResult> {
  await runServerChild("list bench", "scripts/bench/list-bench.ts", [resultFile, EXPLAIN_FILE], databaseUrl);
  return JSON.parse(await readFile(resultFile, "utf8")) as ListBenchResult;
}
