import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { createPrismaClient } from "../../lib/db/create-client";
import { syncWiseAlphaCustomers } from "../../lib/onboarding/sync-customers";
import { syncCashlinkInvitations } from "../../lib/onboarding/sync-invitations";
import { reconcileWiseAlphaOrderBook } from "../../lib/orders/reconcile-wisealpha";
import { createCashlinkClient } from "../../lib/providers/cashlink/client";
import type { FetchLike } from "../../lib/providers/http";
import { createInvestSuiteClient } from "../../lib/providers/investsuite/client";
import { createWiseAlphaClient } from "../../lib/providers/wisealpha/client";
import type { ClientFactory } from "../../lib/reconciliation/clients";
import { ALL_CHECKS } from "../../lib/reconciliation/registry";
import { runReconciliation } from "../../lib/reconciliation/run-reconciliation";
import { reconcileInvestSuiteWithdrawals } from "../../lib/withdrawals/reconcile-investsuite";
import { startSandbox } from "../../sandbox/main";
import { freePort } from "../lib/ports";
import { fmtInt, table } from "./stats";

const TARGET_MS = 30_000;
const NOWHERE = "http://127.0.0.1:9/nowhere";

/**
 * Issue 15's figures: one full reconciliation run over the default sandbox data (the sandbox's
 * own defaults, in this process), after our records were brought in line the way the worker's
 * syncs leave them. Prints the run's duration and, per check, the objects it checked and the
 * provider calls it made; a check over one call per object (pages and the token aside) is a miss.
 * BENCH_RECONCILIATION=0 skips it; BENCH_ONLY=reconciliation runs it alone.
 */
export async function benchReconciliation({ databaseUrl, log }: { databaseUrl: string; log: (message: string) => void }) {
  if (process.env.BENCH_RECONCILIATION === "0") return log("reconciliation: skipped (BENCH_RECONCILIATION=0)");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bo-bench-recon-"));
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
    SANDBOX_CL_WEBHOOK_URL: NOWHERE,
    SANDBOX_EVENT_HTTP_URL: NOWHERE,
  });
  const db = createPrismaClient(databaseUrl, 4);
  try {
    const clients: ClientFactory = (fetch: FetchLike) => ({
      investSuite: createInvestSuiteClient({
        baseUrl: `${sandbox.url}/investsuite`,
        username: "backoffice@bank.example",
        password: "sandbox-password",
        fetch,
      }),
      wiseAlpha: createWiseAlphaClient({
        baseUrl: `${sandbox.url}/wisealpha/v1`,
        apiKey: "wa-sandbox-super-0000000000000000000000000",
        fetch,
      }),
      cashlink: createCashlinkClient({
        baseUrl: `${sandbox.url}/cashlink`,
        clientId: "cashlink-sandbox-client",
        clientSecret: "cashlink-sandbox-secret",
        scopes: "investors:read investments:read",
        fetch,
      }),
    });
    const direct = clients((url, init) => fetch(url, init));
    log("reconciliation: bringing our records in line with the default sandbox data (the worker's syncs)…");
    let t = Date.now();
    await reconcileInvestSuiteWithdrawals(db, direct.investSuite);
    await reconcileWiseAlphaOrderBook(db, direct.wiseAlpha);
    await syncWiseAlphaCustomers(db, direct.wiseAlpha);
    await syncCashlinkInvitations(db, direct.cashlink);
    log(`reconciliation: records prepared in ${((Date.now() - t) / 1000).toFixed(1)} s; one full run…`);
    t = Date.now();
    const run = await runReconciliation({ db, clients, checks: ALL_CHECKS, trigger: "ON_DEMAND" });
    const wall = Date.now() - t;
    const rows = run.checks.map((c) => {
      const perObject = c.objectsChecked === 0 ? 0 : c.providerCallCount / c.objectsChecked;
      const busiest = Object.entries(c.providerCalls).sort((a, b) => b[1] - a[1])[0];
      return [
        c.check,
        c.status,
        fmtInt(c.objectsChecked),
        fmtInt(c.providerCallCount),
        perObject.toFixed(2),
        (c.durationMs / 1000).toFixed(1),
        fmtInt(c.driftFound),
        c.providerCallCount <= Math.max(c.objectsChecked, 1) + 1 ? "ok" : "MISS",
        busiest ? `${busiest[0]} × ${fmtInt(busiest[1])}` : "no provider call",
      ];
    });
    const header = ["check", "status", "objects", "calls", "calls/object", "s", "drift", "≤ 1 call/object", "busiest endpoint"];
    console.log(
      `\nReconciliation: one full run over the default sandbox data (target ≤ ${TARGET_MS / 1000} s, ≤ 1 provider call per object checked)\n` +
        `${table(header, rows)}\n` +
        `full run ${(run.durationMs / 1000).toFixed(1)} s (wall ${(wall / 1000).toFixed(1)} s), ${fmtInt(run.checks.reduce((n, c) => n + c.providerCallCount, 0))} provider calls: ${run.durationMs <= TARGET_MS ? "within" : "OVER"} target`,
    );
  } finally {
    await db.$disconnect();
    sandbox.app.server.closeAllConnections();
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
