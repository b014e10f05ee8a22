import type PgBoss from "pg-boss";

import type { PrismaClient } from "../../generated/prisma/client";
import type { logger as Logger } from "../../lib/logger";
import type { InvestSuiteClient } from "../../lib/providers/investsuite/client";
import { EXECUTION_LEASE_MS, executeInvestSuiteWithdrawal } from "../../lib/withdrawals/execute-investsuite";
import { startSweptQueue } from "./job-queue";

export type WithdrawalExecutionOptions = {
  db: PrismaClient;
  boss: PgBoss;
  investSuite: InvestSuiteClient;
  logger: typeof Logger;
  sweepIntervalMs?: number;
  maxAttempts?: number;
};

/**
 * Pays out approved withdrawals, and resumes ones whose retry is due or whose
 * execution lease ran out (a worker died mid-payout): same idempotency key, so the
 * provider replays instead of paying again.
 */
export async function startWithdrawalExecution(options: WithdrawalExecutionOptions) {
  const { db, logger } = options;
  return startSweptQueue(options.boss, {
    name: "execute-withdrawal",
    concurrency: 2,
    sweepIntervalMs: options.sweepIntervalMs ?? 2_000,
    logger,
    async findDue() {
      const leaseStart = new Date(Date.now() - EXECUTION_LEASE_MS);
      const due = await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "WithdrawalRequest"
         WHERE provider = 'INVESTSUITE' AND (state = 'APPROVED'
            OR (state = 'EXECUTING' AND ("nextExecutionAt" <= now() OR ("nextExecutionAt" IS NULL AND "updatedAt" < ${leaseStart}))))
         ORDER BY "updatedAt" LIMIT 200`;
      return due.map((row) => row.id);
    },
    async run(id) {
      const outcome = await executeInvestSuiteWithdrawal({ db, investSuite: options.investSuite, maxAttempts: options.maxAttempts }, id);
      logger.info({ withdrawalId: id, outcome }, "withdrawal execution");
    },
  });
}
