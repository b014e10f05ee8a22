import Decimal from "decimal.js";

import type { Db } from "@/lib/db/create-client";
import { isProviderError } from "@/lib/providers/errors";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";

import { beginExecution, failExecution, retryLater, type ExecuteOutcome } from "./execution-lease";
import { recordTransition } from "./record-transition";
import type { RequestContext } from "@/lib/request-context";

export type ExecuteWiseAlphaDeps = {
  db: Db;
  wiseAlpha: Pick<WiseAlphaClient, "withdraw" | "findWithdrawal">;
  maxAttempts?: number;
  /** Who runs it: the worker's job context (lib/audit/audit-context.ts); none = the system, unnamed. */
  context?: RequestContext;
  now?: () => Date;
  /** Test hook: runs right after the withdraw call, to prove a crash there pays once. */
  afterPayout?: () => Promise<void>;
};

/**
 * How far before our own `payoutSentAt` a WiseAlpha transaction may be stamped and still be
 * ours: their clock and ours differ, and the sandbox stamps whole seconds.
 */
const CLOCK_ALLOWANCE_MS = 60_000;

/**
 * Pays out an approved WiseAlpha withdrawal, safely re-runnable at any point.
 *
 * WiseAlpha's withdraw takes no idempotency key (seed 004 documents none, and the client
 * never repeats a POST), so "never twice" is ours to guarantee:
 * 1. the execution lease (row lock) lets one worker at a time run it;
 * 2. `payoutSentAt` is committed BEFORE the withdraw is sent. A later attempt that finds it
 *    set (the answer was lost: timeout, 5xx, a killed worker) first looks for a Withdrawal
 *    transaction of exactly this amount since then (`findWithdrawal`), skipping
 *    transactions already matched to another of our requests. Found: it was paid, so it
 *    is EXECUTED without sending. Not found: nothing was paid, so it sends again.
 * 3. The matched transaction's reference is stored, so it is never claimed twice.
 * A provider 4xx fails it with WiseAlpha's message; 5xx and timeouts retry with backoff.
 * The residual risk is the opposite of paying twice: a withdrawal of the very same amount
 * made elsewhere on the same account within the window would be taken for ours.
 */
export async function executeWiseAlphaWithdrawal(deps: ExecuteWiseAlphaDeps, withdrawalId: string): Promise<ExecuteOutcome> {
  const { db, wiseAlpha } = deps;
  const now = deps.now ?? (() => new Date());
  const request = await beginExecution(db, withdrawalId, now(), deps.context);
  if (!request) return "skipped";
  const ref = { customerId: request.customerRef!, accountId: request.accountRef!, currency: request.currency };
  // WiseAlpha validates cash amounts with at most 2 places; the request was checked for that when it was made.
  const amount = new Decimal(request.amount!.toString()).toFixed(2);

  const findOurs = async (sentAt: Date) => {
    const claimed = await db.withdrawalRequest.findMany({
      where: { provider: "WISEALPHA", accountRef: ref.accountId, providerReference: { not: null }, id: { not: request.id } },
      select: { providerReference: true },
    });
    return wiseAlpha.findWithdrawal({
      ...ref,
      amount,
      since: new Date(sentAt.getTime() - CLOCK_ALLOWANCE_MS),
      exclude: new Set(claimed.map((c) => c.providerReference!)),
    });
  };

  try {
    if (request.payoutSentAt) {
      const earlier = await findOurs(request.payoutSentAt);
      if (earlier)
        return await executed(
          db,
          request.id,
          now(),
          {
            amount,
            reference: earlier.reference,
            balanceAfter: earlier.balance,
            resumed: true,
          },
          deps.context,
        );
    }
    const sentAt = now();
    await db.withdrawalRequest.update({ where: { id: request.id }, data: { payoutSentAt: sentAt, payoutAmount: amount } });
    const result = await wiseAlpha.withdraw({ ...ref, amount, idempotencyKey: request.idempotencyKey });
    await deps.afterPayout?.();
    // Pin the transaction this payout created; if this look-up fails, the next attempt finds it (step 2).
    const mine = await findOurs(sentAt);
    return await executed(
      db,
      request.id,
      now(),
      {
        amount,
        reference: mine?.reference ?? null,
        balanceAfter: result.balance.amount,
        resumed: false,
      },
      deps.context,
    );
  } catch (error) {
    if (isProviderError(error) && error.status !== null && error.status >= 400 && error.status < 500) {
      return failExecution(db, request.id, error.userMessage, deps.context);
    }
    const message = isProviderError(error)
      ? `${error.userMessage} The next attempt checks WiseAlpha for this withdrawal before sending it again.`
      : "The payout was interrupted; the next attempt checks WiseAlpha for it before sending it again.";
    return retryLater(db, request.id, request.executionAttempts, deps.maxAttempts, now(), message, deps.context);
  }
}

async function executed(
  db: Db,
  id: string,
  at: Date,
  payout: { amount: string; reference: string | null; balanceAfter: string; resumed: boolean },
  context?: RequestContext,
): Promise<ExecuteOutcome> {
  await db.$transaction((tx) =>
    recordTransition(tx, id, "EXECUTING", "EXECUTED", {
      context,
      data: { executedAt: at, nextExecutionAt: null, failureMessage: null, providerReference: payout.reference },
      details: { payout: payout.amount, transaction: payout.reference, balanceAfter: payout.balanceAfter, foundOnResume: payout.resumed },
    }),
  );
  return "executed";
}
