import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import type { ListBenchResult } from "./list-bench";

export const EXPLAIN_FILE = path.join("scripts", "bench", "last-explain.txt");

/**
 * Runs list-bench.ts in its own process: it needs the react-server condition (the data
 * layer imports `server-only`) and an environment lib/env.ts accepts, neither of which
 * should apply to the rest of the bench, and `npm run bench` cannot pass node flags.
 */
export async function runListPhase(databaseUrl: string, resultFile: string): Promise<ListBenchResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" "),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/bench/list-bench.ts", resultFile, EXPLAIN_FILE], {
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`list bench failed (${signal ?? `exit code ${code}`})`)),
    );
  });
  return JSON.parse(await readFile(resultFile, "utf8")) as ListBenchResult;
}
