import { createPrismaClient } from "../../lib/db/create-client";
import { createInvestSuiteClient } from "../../lib/providers/investsuite/client";
import { investSuiteClientOptions, investSuiteConfigSchema } from "../../lib/providers/investsuite/config";
import { executeWithdrawal, findDueWithdrawals } from "../../worker/processing/start-withdrawal-execution";

/**
 * Test-only: the worker's withdrawal execution job (the same due-sweep and job body as
 * worker/main.ts, without pg-boss dispatch) as its own process, so a test can SIGKILL it
 * mid-payout and start another. Prints one JSON line per execution.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const investSuite = createInvestSuiteClient(investSuiteClientOptions(investSuiteConfigSchema.parse(process.env)));

/** The test database is shared with other suites: only touch the withdrawal under test. */
const only = process.env.ONLY_WITHDRAWAL_ID;

async function sweep() {
  for (const id of await findDueWithdrawals(db, false)) {
    if (id !== only) continue;
    const result = await executeWithdrawal({ db, investSuite }, id);
    process.stdout.write(`${JSON.stringify({ id, ...result })}\n`);
  }
}

async function main() {
  process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
  for (;;) {
    await sweep();
    await new Promise((r) => setTimeout(r, 100));
  }
}

process.on("SIGTERM", () => void db.$disconnect().finally(() => process.exit(0)));
void main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
