import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { createInvestSuiteClient } from "../../lib/providers/investsuite/client";
import { investSuiteClientOptions, investSuiteConfigSchema } from "../../lib/providers/investsuite/config";

// Test-only: what the deposit and withdrawal execution children share (a worker's job body as
// its own process, so a test can SIGKILL it mid-attempt and start another).

/** The child's database (a small pool) and InvestSuite client, from the environment the test gives it. */
export function childClients() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const investSuite = createInvestSuiteClient(investSuiteClientOptions(investSuiteConfigSchema.parse(process.env)));
  return { db, investSuite };
}

/** One JSON line on stdout: what the test reads. */
export function report(line: unknown) {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/**
 * Says `{ ready: pid }`, then runs `sweep` every 100 ms until SIGTERM (which disconnects `db`
 * and exits 0); an error exits 1 with its message on stderr.
 */
export function runSweeps(db: Db, sweep: () => Promise<void>) {
  process.on("SIGTERM", () => void db.$disconnect().finally(() => process.exit(0)));
  void (async () => {
    report({ ready: process.pid });
    for (;;) {
      await sweep();
      await new Promise((r) => setTimeout(r, 100));
    }
  })().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
}
