import type PgBoss from "pg-boss";

import { workerContext } from "../../lib/audit/audit-context";
import type { Db } from "../../lib/db/create-client";
import { sendDeposit } from "../../lib/deposits/execute-deposit";
import { DEPOSIT_JOB_EXPIRY_SECONDS, dueDeposit, holdDepositLease } from "../../lib/deposits/execution-lease";
import type { logger as Logger } from "../../lib/logger";
import type { InvestSuiteClient } from "../../lib/providers/investsuite/client";
import { startSweptQueue } from "./job-queue";

export type DepositExecutionOptions = {
  db: Db;
  boss: PgBoss;
  investSuite: Pick<InvestSuiteClient, "postDepositEvent">;
  logger: typeof Logger;
  /** The worker's DEPOSIT_FOUR_EYES_ABOVE: a row above it that nobody approved is never sent. */
  fourEyesAbove?: string;
  sweepIntervalMs?: number;
  maxAttempts?: number;
  /** Test hook (scripts/test-support/deposit-execution-child.ts): a pause right after the call, where a kill hurts most. */
  afterSend?: () => Promise<void>;
};

/**
 * Sends ready deposits to InvestSuite (POST /events/deposit/), and resumes ones whose retry is due
 * or whose lease ran out (a worker died mid-send): same Idempotency-Key, so InvestSuite replays its
 * first answer instead of funding the portfolio twice. pg-boss only dispatches; the row's lease
 * (lib/deposits/execution-lease.ts) is what keeps two workers from sending one deposit at once.
 * Like startReconciliation it needs no stop of its own: pg-boss stops its jobs, and the sweep timer ends with the process.
 */
export async function startDepositExecution(options: DepositExecutionOptions) {
  const { db, logger } = options;
  const queue = await startSweptQueue(options.boss, {
    name: "send-deposit",
    concurrency: 1,
    sweepIntervalMs: options.sweepIntervalMs ?? 2_000,
    expireInSeconds: DEPOSIT_JOB_EXPIRY_SECONDS,
    logger,
    findDue: () => findDueDeposits(db),
    async run(id) {
      const outcome = await executeDeposit(options, id);
      logger.info({ depositId: id, outcome }, "deposit send");
    },
  });
  return queue;
}

/** Ready deposits, and SENDING ones whose retry is due or whose lease ran out (their worker died). */
export async function findDueDeposits(db: Db) {
  const due = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Deposit" WHERE ${dueDeposit()} ORDER BY "updatedAt" LIMIT 200`;
  return due.map((row) => row.id);
}

/** One send job, safe to run again at any point. */
export async function executeDeposit(
  options: Pick<DepositExecutionOptions, "db" | "investSuite" | "maxAttempts" | "fourEyesAbove" | "afterSend">,
  id: string,
) {
  const lease = holdDepositLease(options.db, id);
  try {
    return await sendDeposit(
      {
        db: options.db,
        investSuite: options.investSuite,
        maxAttempts: options.maxAttempts,
        fourEyesAbove: options.fourEyesAbove,
        afterSend: options.afterSend,
        // The worker's own identity for this job: its transitions and audit entries name the job.
        context: workerContext("deposit-send"),
      },
      id,
    );
  } finally {
    lease.release();
  }
}
