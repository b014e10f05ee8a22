import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { CustomerCaseResult } from "./customer-bench";
import { NOWHERE, startSandboxProcess } from "./sandbox-process";
import { runServerChild } from "./server-child";
import { fmtMs, table, type Timing } from "./stats";

export const CUSTOMER_TARGET_P95_MS = 250;

/**
 * Issue 14's figure: the customer page's server time on the sandboxes' default data, with
 * each provider's own time beside it. BENCH_CUSTOMERS=0 skips it; BENCH_ONLY=customers runs
 * only this phase (scripts/bench.ts).
 */
export async function benchCustomers(options: { dataDir: string; databaseUrl: string; log: (m: string) => void }): Promise<string> {
  if (process.env.BENCH_CUSTOMERS === "0") return "";
  options.log("customers: starting the three sandboxes (default data) as a child process…");
  const sandbox = await startSandboxProcess(
    path.join(options.dataDir, "customer-sandbox"),
    { SANDBOX_WA_WEBHOOK_URLS: NOWHERE, SANDBOX_CL_WEBHOOK_URL: NOWHERE },
    180_000,
  );
  const url = sandbox.url;
  try {
    const loadBefore = os.loadavg()[0]!;
    const resultFile = path.join(options.dataDir, "customer-result.json");
    options.log("customers: syncing persons, then timing the customer page's server work");
    await runServerChild("customer bench", "scripts/bench/customer-bench.ts", [resultFile], options.databaseUrl, {
      INVESTSUITE_BASE_URL: `${url}/investsuite`,
      INVESTSUITE_USERNAME: "backoffice@bank.example",
      INVESTSUITE_PASSWORD: "sandbox-password",
      WISEALPHA_BASE_URL: `${url}/wisealpha/v1`,
      CASHLINK_BASE_URL: `${url}/cashlink`,
    });
    const results = JSON.parse(await readFile(resultFile, "utf8")) as CustomerCaseResult[];
    const load = `1-min load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end (${os.cpus().length} CPUs)`;
    return customerTable(results, load);
  } finally {
    await sandbox.stop();
  }
}

const pair = (t: Timing | null) => (t ? `${fmtMs(t.p50)} / ${fmtMs(t.p95)}` : "–");

function customerTable(results: CustomerCaseResult[], load: string): string {
  const rows = results.map((r) => [
    r.name,
    String(r.server.runs),
    pair(r.server),
    pair(r.providers.InvestSuite),
    pair(r.providers.WiseAlpha),
    pair(r.providers.Cashlink),
    `${r.server.p95 <= CUSTOMER_TARGET_P95_MS ? "meets" : "misses"} target${r.failures ? `; ${r.failures} panel failure(s)` : ""}`,
  ]);
  return (
    `\nCustomer page server time (ms p50 / p95; target p95 ≤ ${CUSTOMER_TARGET_P95_MS} ms; providers' own times beside it, read in parallel)\n` +
    table(["case", "runs", "server", "InvestSuite", "WiseAlpha", "Cashlink", "result"], rows) +
    `\n${load}`
  );
}
