import type { PrismaClient } from "@/generated/prisma/client";

import { recordTransition } from "./record-transition";

/** What one execution attempt of a withdrawal ended in, for every provider. */
export type ExecuteOutcome = "executed" | "retry_later" | "failed" | "skipped";

/**
 * An execution holds a lease of this long (renewed by each attempt): an EXECUTING row
 * is resumed only when its retry is due or its lease ran out (the worker died), so
 * two workers never pay the same withdrawal at once. Longer than one attempt's
 * provider calls (timeouts and retries included).
 */
export const EXECUTION_LEASE_MS = 120_000;

/**
 * Takes the lease: APPROVED → EXECUTING, or resumes an EXECUTING row whose retry is due
 * or whose lease ran out. Null when another worker holds it or there is nothing to do.
 */
export async function beginExecution(db: PrismaClient, withdrawalId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ state: string; nextExecutionAt: Date | null; updatedAt: Date }[]>`
      SELECT state::text, "nextExecutionAt", "updatedAt" FROM "WithdrawalRequest" WHERE id = ${withdrawalId} FOR UPDATE`;
    if (!locked || (locked.state !== "APPROVED" && locked.state !== "EXECUTING")) return null;
    if (locked.state === "EXECUTING") {
      const retryDue = locked.nextExecutionAt !== null && locked.nextExecutionAt <= now;
      const leaseExpired = locked.nextExecutionAt === null && now.getTime() - locked.updatedAt.getTime() > EXECUTION_LEASE_MS;
      if (!retryDue && !leaseExpired) return null;
    }
    if (locked.state === "APPROVED") await recordTransition(tx, withdrawalId, "APPROVED", "EXECUTING");
    return tx.withdrawalRequest.update({
      where: { id: withdrawalId },
      data: { executionAttempts: { increment: 1 }, nextExecutionAt: null },
    });
  });
}

/** The provider refused for good (a 4xx): FAILED with the provider's message, not retried by itself. */
export async function failExecution(db: PrismaClient, id: string, message: string): Promise<ExecuteOutcome> {
  await db.$transaction((tx) =>
    recordTransition(tx, id, "EXECUTING", "FAILED", {
      reason: message,
      data: { failureMessage: message, failureRetryable: false, nextExecutionAt: null },
    }),
  );
  return "failed";
}

/** Stays EXECUTING with a later attempt (backoff); after the last attempt it is FAILED but retryable by a person. */
export async function retryLater(
  db: PrismaClient,
  id: string,
  attempts: number,
  maxAttempts = 8,
  now: Date,
  message: string,
): Promise<ExecuteOutcome> {
  if (attempts >= maxAttempts) {
    await db.$transaction((tx) =>
      recordTransition(tx, id, "EXECUTING", "FAILED", {
        reason: message,
        data: { failureMessage: message, failureRetryable: true, nextExecutionAt: null },
      }),
    );
    return "failed";
  }
  const delayMs = Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
  await db.withdrawalRequest.update({
    where: { id },
    data: { failureMessage: message, nextExecutionAt: new Date(now.getTime() + delayMs) },
  });
  return "retry_later";
}
