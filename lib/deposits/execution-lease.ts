import { LEASE_MS, nextAttemptAt, rowLease } from "@/lib/db/row-lease";
import type { Db } from "@/lib/db/create-client";
import type { RequestContext } from "@/lib/request-context";

import { recordDepositTransition } from "./record-transition";

/** What one send attempt of a deposit ended in. */
export type SendOutcome = "sent" | "retry_later" | "failed" | "skipped";

/**
 * The same lease as withdrawals' execution (lib/db/row-lease.ts): a SENDING row is taken again
 * only when its retry is due or its lease ran out (its worker died), so two workers never send
 * one deposit at once. A resumed attempt sends the same Idempotency-Key, so InvestSuite replays
 * its first answer instead of funding twice.
 */
export const DEPOSIT_LEASE_MS = LEASE_MS;
export const DEPOSIT_JOB_EXPIRY_SECONDS = 120;

const lease = rowLease("Deposit", "READY_TO_SEND", "SENDING", {
  start: (tx, id, context) => recordDepositTransition(tx, id, "READY_TO_SEND", "SENDING", { context }),
  countAttempt: (tx, id) => tx.deposit.update({ where: { id }, data: { executionAttempts: { increment: 1 }, nextExecutionAt: null } }),
});

/** SQL: READY_TO_SEND, or SENDING with its retry due or its lease run out. */
export const dueDeposit = lease.due;
export const holdDepositLease = lease.hold;
/** Takes the lease (READY_TO_SEND → SENDING, or a due SENDING row); null when another worker holds it. */
export const beginSend = lease.begin;

/** InvestSuite refused for good (a 4xx), or the row fails our own checks: FAILED with the message. */
export async function failSend(db: Db, id: string, message: string, context?: RequestContext): Promise<SendOutcome> {
  await db.$transaction((tx) =>
    recordDepositTransition(tx, id, "SENDING", "FAILED", {
      context,
      reason: message,
      data: { failureMessage: message, nextExecutionAt: null },
    }),
  );
  return "failed";
}

/** Stays SENDING with a later attempt (backoff); after the last attempt it is FAILED. */
export async function retrySendLater(
  db: Db,
  id: string,
  attempts: number,
  maxAttempts: number,
  now: Date,
  message: string,
  context?: RequestContext,
): Promise<SendOutcome> {
  if (attempts >= maxAttempts) return failSend(db, id, `${message} (gave up after ${attempts} attempts)`, context);
  await db.deposit.update({ where: { id }, data: { failureMessage: message, nextExecutionAt: nextAttemptAt(attempts, now) } });
  return "retry_later";
}
