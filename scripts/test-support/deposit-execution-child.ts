import { createPrismaClient } from "../../lib/db/create-client";
import { createInvestSuiteClient } from "../../lib/providers/investsuite/client";
import { investSuiteClientOptions, investSuiteConfigSchema } from "../../lib/providers/investsuite/config";
import { executeDeposit, findDueDeposits } from "../../worker/processing/start-deposit-execution";

/**
 * Test-only: the worker's deposit send job (the same due-sweep and job body as worker/main.ts,
 * without pg-boss dispatch) as its own process, so a test can SIGKILL it right after InvestSuite
 * accepted the funding event and start another. PAUSE_AFTER_SEND_MS holds it in that window
 * (a deposit has no further provider call to stretch it, unlike a withdrawal's cash update).
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const investSuite = createInvestSuiteClient(investSuiteClientOptions(investSuiteConfigSchema.parse(process.env)));
const pauseMs = Number(process.env.PAUSE_AFTER_SEND_MS ?? "0");

/** The test database is shared with other suites: only touch the deposit under test. */
const only = process.env.ONLY_DEPOSIT_ID;

async function sweep() {
  for (const id of await findDueDeposits(db)) {
    if (id !== only) continue;
    const outcome = await executeDeposit(
      {
        db,
        investSuite,
        afterSend: async () => {
          process.stdout.write(`${JSON.stringify({ id, sent: true })}\n`);
          if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
        },
      },
      id,
    );
    process.stdout.write(`${JSON.stringify({ id, outcome })}\n`);
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
