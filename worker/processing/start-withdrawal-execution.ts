import type PgBoss from "pg-boss";

import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";
import type { InvestSuiteClient } from "../../lib/providers/investsuite/client";
import type { WiseAlphaClient } from "../../lib/providers/wisealpha/client";
import { executeInvestSuiteWithdrawal } from "../../lib/withdrawals/execute-investsuite";
import { dueWithdrawal, holdExecutionLease, PAYOUT_JOB_EXPIRY_SECONDS } from "../../lib/withdrawals/execution-lease";
import { executeWiseAlphaWithdrawal } from "../../lib/withdrawals/execute-wisealpha";
import { startSweptQueue } from "./job-queue";
import { workerContext } from "../../lib/audit/audit-context";

export type WithdrawalExecutionOptions = {
  db: Db;
  boss: PgBoss;
  investSuite: InvestSuiteClient;
  /** Without it, WiseAlpha withdrawals wait (left APPROVED) for a worker that has one. */
  wiseAlpha?: WiseAlphaClient;
  logger: typeof Logger;
  sweepIntervalMs?: number;
  maxAttempts?: number;
};

/**
 * Pays out approved withdrawals (InvestSuite and WiseAlpha), and resumes ones whose retry is due or whose
 * execution lease ran out (a worker died mid-payout): same idempotency key, so the
 * provider replays instead of paying again.
 */
export async function startWithdrawalExecution(options: WithdrawalExecutionOptions) {
  const { db, logger } = options;
  const queue = await startSweptQueue(options.boss, {
    name: "execute-withdrawal",
    concurrency: 2,
    sweepIntervalMs: options.sweepIntervalMs ?? 2_000,
    // A worker killed mid-payout is resumed once its row's lease runs out (findDueWithdrawals); the
    // job's expiry only tidies pg-boss's own rows, and must outlast a slow attempt.
    expireInSeconds: PAYOUT_JOB_EXPIRY_SECONDS,
    logger,
    findDue: () => findDueWithdrawals(db, options.wiseAlpha !== undefined),
    async run(id) {
      const result = await executeWithdrawal(options, id);
      logger.info({ withdrawalId: id, ...result }, "withdrawal execution");
    },
  });
  return { stop: () => queue.stop() };
}

/** Approved withdrawals, and EXECUTING ones whose retry is due or whose lease ran out (their worker died). */
export async function findDueWithdrawals(db: Db, withWiseAlpha: boolean) {
  const providers = withWiseAlpha ? ["INVESTSUITE", "WISEALPHA"] : ["INVESTSUITE"];
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WithdrawalRequest" WHERE provider::text = ANY(${providers}) AND ${dueWithdrawal()} ORDER BY "updatedAt" LIMIT 200`;
  return due.map((row) => row.id);
}

/** One execution job: the provider's own payout, safe to run again at any point. */
export async function executeWithdrawal(
  options: Pick<WithdrawalExecutionOptions, "db" | "investSuite" | "wiseAlpha" | "maxAttempts">,
  id: string,
) {
  const { db, maxAttempts } = options;
  // The worker's own identity for this job: its transitions and audit entries name the job.
  const context = workerContext("withdrawal-execution");
  const row = await db.withdrawalRequest.findUnique({ where: { id }, select: { provider: true } });
  const lease = holdExecutionLease(db, id);
  try {
    const outcome =
      row?.provider === "WISEALPHA" && options.wiseAlpha
        ? await executeWiseAlphaWithdrawal({ db, wiseAlpha: options.wiseAlpha, maxAttempts, context }, id)
        : await executeInvestSuiteWithdrawal({ db, investSuite: options.investSuite, maxAttempts, context }, id);
    return { provider: row?.provider, outcome };
  } finally {
    lease.release();
  }
}
