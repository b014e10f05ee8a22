import Decimal from "decimal.js";

import type { Db } from "@/lib/db/create-client";
import { logger } from "@/lib/logger";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { cashKey } from "@/lib/providers/investsuite/transform";

import { beginExecution, failExecution, retryLater, type ExecuteOutcome } from "./execution-lease";
import { takePayoutOffCash } from "./investsuite-cash-update";
import { recordTransition } from "./record-transition";
import type { RequestContext } from "@/lib/request-context";

export type ExecuteDeps = {
  db: Db;
  investSuite: InvestSuiteClient;
  maxAttempts?: number;
  /** Who runs it: the worker's job context (lib/audit/audit-context.ts); none = the system, unnamed. */
  context?: RequestContext;
  now?: () => Date;
  /** Test hook: runs right after the payout call, to prove a crash there pays once. */
  afterPayout?: () => Promise<void>;
  /** Test hook: runs right after the cash PATCH, to prove a crash there deducts once. */
  afterCashPatch?: () => Promise<void>;
};

/**
 * Pays out an approved InvestSuite withdrawal, safely re-runnable at any point:
 * 1. APPROVED → EXECUTING (or resume an EXECUTING one after a crash or timeout);
 * 2. fix the payout amount, once, in our row (a full withdrawal pays the cash seen then);
 * 3. POST /events/withdraw/ with the request's own Idempotency-Key (a repeat is a replay);
 * 4. take the payout off the cash as it is right before the PATCH, never off an earlier
 *    read, and only if an earlier attempt's PATCH did not land (investsuite-cash-update.ts);
 *    divest_amount goes to 0 only while it still asks for this withdrawal;
 * 5. EXECUTED. A provider 4xx fails it with the provider's message; 5xx/timeouts retry.
 */
export async function executeInvestSuiteWithdrawal(deps: ExecuteDeps, withdrawalId: string): Promise<ExecuteOutcome> {
  const { db, investSuite } = deps;
  const now = deps.now ?? (() => new Date());
  const started = await beginExecution(db, withdrawalId, now(), deps.context);
  if (!started) return "skipped";
  let request = started;

  try {
    if (request.payoutAmount === null || request.cashBefore === null) {
      const portfolio = await investSuite.getPortfolio(request.portfolioRef!);
      const cash = new Decimal(portfolio.portfolio[cashKey(request.currency)] ?? "0");
      const payout = request.isFull ? cash : new Decimal(request.amount!.toString());
      if (payout.greaterThan(cash) || payout.isZero()) {
        return await retryLater(
          db,
          request.id,
          request.executionAttempts,
          deps.maxAttempts,
          now(),
          `Not enough cash yet: ${cash.toFixed()} ${request.currency} available, ${payout.toFixed()} ${request.currency} needed.`,
        );
      }
      request = await db.withdrawalRequest.update({
        where: { id: request.id },
        data: { payoutAmount: payout.toFixed(), cashBefore: cash.toFixed() },
      });
    }
    const payout = new Decimal(request.payoutAmount!.toString());
    await investSuite.postWithdrawEvent(
      { portfolioId: request.portfolioRef!, amount: payout.toFixed(), currency: request.currency },
      request.idempotencyKey,
    );
    await deps.afterPayout?.();

    const cash = await takePayoutOffCash({ db, investSuite, afterCashPatch: deps.afterCashPatch }, request, payout);
    if (cash.kind === "unverified") {
      // Paid out, but whether our cash deduction landed cannot be told: a person checks it rather than risk a second one.
      logger.warn({ withdrawalId: request.id, ...cash }, "payout's cash update could not be verified; not written again");
    }

    await db.$transaction(async (tx) => {
      await recordTransition(tx, request.id, "EXECUTING", "EXECUTED", {
        context: deps.context,
        data: { executedAt: now(), nextExecutionAt: null, failureMessage: null },
        details: {
          payout: payout.toFixed(),
          currency: request.currency,
          divestReset: cash.kind === "patched" ? cash.divestReset : null,
          cashUpdate: cash,
        },
      });
    });
    return "executed";
  } catch (error) {
    if (isProviderError(error) && !error.retryable) {
      return failExecution(db, request.id, error.userMessage, deps.context);
    }
    const message = isProviderError(error) ? error.userMessage : "The payout was interrupted; it resumes with the same idempotency key.";
    return retryLater(db, request.id, request.executionAttempts, deps.maxAttempts, now(), message, deps.context);
  }
}
