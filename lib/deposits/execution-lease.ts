import { backoffDelayMs } from "@/lib/backoff";
import type { Db } from "@/lib/db/create-client";
import type { RequestContext } from "@/lib/request-context";

import { recordDepositTransition } from "./record-transition";

/** What one send attempt of a deposit ended in. */
export type SendOutcome = "sent" | "retry_later" | "failed" | "skipped";

/**
 * The same lease as withdrawals' execution (lib/withdrawals/execution-lease.ts): a SENDING row
 * is taken again only when its retry is due or its lease ran out (its worker died), so two
 * workers never send one deposit at once. The worker renews it every DEPOSIT_LEASE_RENEW_MS
 * while an attempt runs. A resumed attempt sends the same Idempotency-Key, so InvestSuite
 * replays its first answer instead of funding twice.
 */
export const DEPOSIT_LEASE_MS = 20_000;
export const DEPOSIT_LEASE_RENEW_MS = 5_000;
export const DEPOSIT_JOB_EXPIRY_SECONDS = 120;

export function holdDepositLease(db: Db, depositId: string): { release(): void } {
  const timer = setInterval(() => {
    db.$executeRaw`
      UPDATE "Deposit" SET "updatedAt" = ${new Date()}
       WHERE id = ${depositId} AND state = 'SENDING' AND "nextExecutionAt" IS NULL`.catch(() => {
      // A missed renewal only shortens the lease; the next one (or the attempt's own writes) follows.
    });
  }, DEPOSIT_LEASE_RENEW_MS);
  timer.unref();
  return { release: () => clearInterval(timer) };
}

/**
 * Takes the lease: READY_TO_SEND → SENDING, or resumes a SENDING row whose retry is due or
 * whose lease ran out. Null when another worker holds it or there is nothing to do. The row
 * lock makes twenty simultaneous calls take it exactly once.
 */
export async function beginSend(db: Db, depositId: string, now: Date, context?: RequestContext) {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ state: string; nextExecutionAt: Date | null; updatedAt: Date }[]>`
      SELECT state::text, "nextExecutionAt", "updatedAt" FROM "Deposit" WHERE id = ${depositId} FOR UPDATE`;
    if (!locked || (locked.state !== "READY_TO_SEND" && locked.state !== "SENDING")) return null;
    if (locked.state === "SENDING") {
      const retryDue = locked.nextExecutionAt !== null && locked.nextExecutionAt <= now;
      const leaseExpired = locked.nextExecutionAt === null && now.getTime() - locked.updatedAt.getTime() > DEPOSIT_LEASE_MS;
      if (!retryDue && !leaseExpired) return null;
    }
    if (locked.state === "READY_TO_SEND") await recordDepositTransition(tx, depositId, "READY_TO_SEND", "SENDING", { context });
    return tx.deposit.update({
      where: { id: depositId },
      data: { executionAttempts: { increment: 1 }, nextExecutionAt: null },
    });
  });
}

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
  const delayMs = backoffDelayMs(attempts, { baseMs: 30_000, capMs: 3_600_000 });
  await db.deposit.update({ where: { id }, data: { failureMessage: message, nextExecutionAt: new Date(now.getTime() + delayMs) } });
  return "retry_later";
}
