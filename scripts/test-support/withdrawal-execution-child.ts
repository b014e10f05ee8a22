import { executeWithdrawal, findDueWithdrawals } from "../../worker/processing/start-withdrawal-execution";
import { childClients, report, runSweeps } from "./execution-child";

/**
 * Test-only: the worker's withdrawal execution job (the same due-sweep and job body as
 * worker/main.ts, without pg-boss dispatch) as its own process, so a test can SIGKILL it
 * mid-payout and start another. Prints one JSON line per execution.
 */
const { db, investSuite } = childClients();

/** The test database is shared with other suites: only touch the withdrawal under test. */
const only = process.env.ONLY_WITHDRAWAL_ID;

runSweeps(db, async () => {
  for (const id of await findDueWithdrawals(db, false)) {
    if (id !== only) continue;
    report({ id, ...(await executeWithdrawal({ db, investSuite }, id)) });
  }
});
