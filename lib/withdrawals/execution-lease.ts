import type { Db } from "@/lib/db/create-client";

import { recordTransition } from "./record-transition";
import { backoffDelayMs } from "@/lib/backoff";
import type { RequestContext } from "@/lib/request-context";

/** What one execution attempt of a withdrawal ended in, for every provider. */
export type ExecuteOutcome = "executed" | "retry_later" | "failed" | "skipped";

/**
 * An execution holds a lease of this long: an EXECUTING row is resumed only when its
 * retry is due or its lease ran out (the worker died), so two workers never pay the same
 * withdrawal at once. The worker renews it every LEASE_RENEW_MS while an attempt runs
 * (holdExecutionLease), so an attempt may take as long as its provider calls need, and a
 * payout a dead worker left is resumed within about 20 s instead of waiting out a lease
 * sized for the slowest attempt.
 */
export const EXECUTION_LEASE_MS = 20_000;
export const LEASE_RENEW_MS = 5_000;
/** pg-boss's own expiry of a payout job: far above any attempt, since the row's lease is what guards the payout. */
export const PAYOUT_JOB_EXPIRY_SECONDS = 120;

/**
 * Keeps the lease of an EXECUTING row alive while this process works on it: every
 * LEASE_RENEW_MS it moves `updatedAt` (the lease's start) to now. Renewal stops with
 * the process, which is what lets another worker take over. A job that found the row
 * leased by someone else ends (skipped) long before its first renewal.
 */
export function holdExecutionLease(db: Db, withdrawalId: string): { release(): void } {
  const timer = setInterval(() => {
    db.$executeRaw`
      UPDATE "WithdrawalRequest" SET "updatedAt" = ${new Date()}
       WHERE id = ${withdrawalId} AND state = 'EXECUTING' AND "nextExecutionAt" IS NULL`.catch(() => {
      // A missed renewal only shortens the lease; the next one (or the attempt's own writes) follows.
    });
  }, LEASE_RENEW_MS);
  timer.unref();
  return { release: () => clearInterval(timer) };
}

/**
 * Takes the lease: APPROVED → EXECUTING, or resumes an EXECUTING row whose retry is due
 * or whose lease ran out. Null when another worker holds it or there is nothing to do.
 */
export async function beginExecution(db: Db, withdrawalId: string, now: Date, context?: RequestContext) {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ state: string; nextExecutionAt: Date | null; updatedAt: Date }[]>`
      SELECT state::text, "nextExecutionAt", "updatedAt" FROM "WithdrawalRequest" WHERE id = ${withdrawalId} FOR UPDATE`;
    if (!locked || (locked.state !== "APPROVED" && locked.state !== "EXECUTING")) return null;
    if (locked.state === "EXECUTING") {
      const retryDue = locked.nextExecutionAt !== null && locked.nextExecutionAt <= now;
      const leaseExpired = locked.nextExecutionAt === null && now.getTime() - locked.updatedAt.getTime() > EXECUTION_LEASE_MS;
      if (!retryDue && !leaseExpired) return null;
    }
    if (locked.state === "APPROVED") await recordTransition(tx, withdrawalId, "APPROVED", "EXECUTING", { context });
    return tx.withdrawalRequest.update({
      where: { id: withdrawalId },
      data: { executionAttempts: { increment: 1 }, nextExecutionAt: null },
    });
  });
}

/** The provider refused for good (a 4xx): FAILED with the provider's message, not retried by itself. */
export async function failExecution(db: Db, id: string, message: string, context?: RequestContext): Promise<ExecuteOutcome> {
  await db.$transaction((tx) =>
    recordTransition(tx, id, "EXECUTING", "FAILED", {
      context,
      reason: message,
      data: { failureMessage: message, failureRetryable: false, nextExecutionAt: null },
    }),
  );
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
    await db.$transaction((tx) =>
      recordTransition(tx, id, "EXECUTING", "FAILED", {
        context,
        reason: message,
        data: { failureMessage: message, failureRetryable: true, nextExecutionAt: null },
      }),
    );
    return "failed";
  }
  const delayMs = backoffDelayMs(attempts, { baseMs: 30_000, capMs: 3_600_000 });
  await db.withdrawalRequest.update({
    where: { id },
    data: { failureMessage: message, nextExecutionAt: new Date(now.getTime() + delayMs) },
  });
  return "retry_later";
}
