import { executeDeposit, findDueDeposits } from "../../worker/processing/start-deposit-execution";
import { childClients, report, runSweeps } from "./execution-child";

/**
 * Test-only: the worker's deposit send job (the same due-sweep and job body as worker/main.ts,
 * without pg-boss dispatch) as its own process, so a test can SIGKILL it right after InvestSuite
 * accepted the funding event and start another. PAUSE_AFTER_SEND_MS holds it in that window
 * (a deposit has no further provider call to stretch it, unlike a withdrawal's cash update).
 */
const { db, investSuite } = childClients();
const pauseMs = Number(process.env.PAUSE_AFTER_SEND_MS ?? "0");

/** The test database is shared with other suites: only touch the deposit under test. */
const only = process.env.ONLY_DEPOSIT_ID;

runSweeps(db, async () => {
  for (const id of await findDueDeposits(db)) {
    if (id !== only) continue;
    const afterSend = async () => {
      report({ id, sent: true });
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    };
    report({ id, outcome: await executeDeposit({ db, investSuite, afterSend }, id) });
  }
});
