import type { Db } from "@/lib/db/create-client";
import { LEASE_MS, nextAttemptAt, rowLease } from "@/lib/db/row-lease";
import type { RequestContext } from "@/lib/request-context";

import { recordTransition } from "./record-transition";

/** What one execution attempt of a withdrawal ended in, for every provider. */
export type ExecuteOutcome = "executed" | "retry_later" | "failed" | "skipped";

/**
 * An execution holds a lease (lib/db/row-lease.ts): an EXECUTING row is resumed only when its
 * retry is due or its lease ran out (the worker died), so two workers never pay the same
 * withdrawal at once; the worker renews it while an attempt runs (holdExecutionLease).
 */
export const EXECUTION_LEASE_MS = LEASE_MS;
/** pg-boss's own expiry of a payout job: far above any attempt, since the row's lease is what guards the payout. */
export const PAYOUT_JOB_EXPIRY_SECONDS = 120;

const lease = rowLease("WithdrawalRequest", "APPROVED", "EXECUTING", {
  start: (tx, id, context) => recordTransition(tx, id, "APPROVED", "EXECUTING", { context }),
  countAttempt: (tx, id) =>
    tx.withdrawalRequest.update({ where: { id }, data: { executionAttempts: { increment: 1 }, nextExecutionAt: null } }),
});

/** SQL: APPROVED, or EXECUTING with its retry due or its lease run out. */
export const dueWithdrawal = lease.due;
/**
 * Keeps the lease of an EXECUTING row alive while this process works on it. A job that found
 * the row leased by someone else ends (skipped) long before its first renewal.
 */
export const holdExecutionLease = lease.hold;
/** Takes the lease (APPROVED → EXECUTING, or a due EXECUTING row); null when another worker holds it. */
export const beginExecution = lease.begin;

/** FAILED with `message`; `retryable`: a person may send it again (the attempts ran out), not a refusal. */
async function fail(db: Db, id: string, message: string, retryable: boolean, context?: RequestContext) {
  await db.$transaction((tx) =>
    recordTransition(tx, id, "EXECUTING", "FAILED", {
      context,
      reason: message,
      data: { failureMessage: message, failureRetryable: retryable, nextExecutionAt: null },
    }),
  );
}

/** The provider refused for good (a 4xx): FAILED with the provider's message, not retried by itself. */
export async function failExecution(db: Db, id: string, message: string, context?: RequestContext): Promise<ExecuteOutcome> {
  await fail(db, id, message, false, context);
  return "failed";
}

/** Stays EXECUTING with a later attempt (backoff); after the last attempt it is FAILED but retryable by a person. */
export async function retryLater(
  db: Db,
  id: string,
  attempts: number,
  maxAttempts = 8,
  now: Date,
  message: string,
  context?: RequestContext,
): Promise<ExecuteOutcome> {
  if (attempts >= maxAttempts) {
    await fail(db, id, message, true, context);
    return "failed";
  }
  await db.withdrawalRequest.update({ where: { id }, data: { failureMessage: message, nextExecutionAt: nextAttemptAt(attempts, now) } });
  return "retry_later";
}
