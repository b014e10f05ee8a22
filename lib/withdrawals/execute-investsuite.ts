import Decimal from "decimal.js";

import type { PrismaClient } from "@/generated/prisma/client";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { cashKey } from "@/lib/providers/investsuite/schemas";

import { parseDivestAmount, sameDivestAmount } from "./divest-amount";
import { beginExecution, failExecution, retryLater, type ExecuteOutcome } from "./execution-lease";
import { recordTransition } from "./record-transition";

export type ExecuteDeps = {
  db: PrismaClient;
  investSuite: InvestSuiteClient;
  maxAttempts?: number;
  now?: () => Date;
  /** Test hook: runs right after the payout call, to prove a crash there pays once. */
  afterPayout?: () => Promise<void>;
};

/**
 * Pays out an approved InvestSuite withdrawal, safely re-runnable at any point:
 * 1. APPROVED → EXECUTING (or resume an EXECUTING one after a crash or timeout);
 * 2. fix the payout amount and the cash before it, once, in our row;
 * 3. POST /events/withdraw/ with the request's own Idempotency-Key (a repeat is a replay);
 * 4. PATCH holdings to absolute values (cash before − payout) and divest_amount to 0 only
 *    while it still asks for this withdrawal (a newer request must not be wiped);
 * 5. EXECUTED. A provider 4xx fails it with the provider's message; 5xx/timeouts retry.
 */
export async function executeInvestSuiteWithdrawal(deps: ExecuteDeps, withdrawalId: string): Promise<ExecuteOutcome> {
  const { db, investSuite } = deps;
  const now = deps.now ?? (() => new Date());
  const started = await beginExecution(db, withdrawalId, now());
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

    const portfolio = await investSuite.getPortfolio(request.portfolioRef!);
    const stillAsked = sameDivestAmount(
      parseDivestAmount(portfolio.config.manager_settings.divest_amount ?? null),
      request.isFull ? { kind: "full" } : parseDivestAmount(request.amount!.toString()),
    );
    await investSuite.patchPortfolio(request.portfolioRef!, {
      portfolio: {
        ...portfolio.portfolio,
        [cashKey(request.currency)]: new Decimal(request.cashBefore!.toString()).minus(payout).toFixed(),
      },
      ...(stillAsked && { config: { manager_settings: { divest_amount: 0 } } }),
    });

    await db.$transaction(async (tx) => {
      await recordTransition(tx, request.id, "EXECUTING", "EXECUTED", {
        data: { executedAt: now(), nextExecutionAt: null, failureMessage: null },
        details: { payout: payout.toFixed(), currency: request.currency, divestReset: stillAsked },
      });
    });
    return "executed";
  } catch (error) {
    if (isProviderError(error) && !error.retryable) {
      return failExecution(db, request.id, error.userMessage);
    }
    const message = isProviderError(error) ? error.userMessage : "The payout was interrupted; it resumes with the same idempotency key.";
    return retryLater(db, request.id, request.executionAttempts, deps.maxAttempts, now(), message);
  }
}
