import "server-only";

import { randomUUID } from "node:crypto";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import type { UserContext } from "@/lib/request-context";
import type { RecordDepositInput } from "@/lib/validations/deposits";

import { needsFourEyes } from "./amount-rules";
import { depositIdempotencyKey } from "./idempotency-key";
import { recordDepositTransition } from "./record-transition";

export type RecordRefusal = { field: keyof RecordDepositInput; message: string };
export type RecordResult = { ok: true; depositId: string; requiresApproval: boolean } | { ok: false; refusal: RecordRefusal };

/**
 * Records an incoming bank transfer: the portfolio must exist at InvestSuite and the amount be
 * in its currency. Above DEPOSIT_FOUR_EYES_ABOVE it waits for a second person; otherwise it is
 * ready to send at once (the worker sends it). The row, its two timeline rows and their audit
 * entries commit together; the (portfolio, bank reference) unique key stops a second recording
 * of the same transfer, however many tabs submit it.
 */
export async function recordDeposit(
  context: UserContext,
  input: RecordDepositInput,
  deps: { investSuite?: Pick<InvestSuiteClient, "getPortfolio">; fourEyesAbove?: string } = {},
): Promise<RecordResult> {
  const investSuite = deps.investSuite ?? getInvestSuiteClient();
  let baseCurrency: string;
  try {
    const portfolio = await investSuite.getPortfolio(input.portfolioId);
    baseCurrency = portfolio.base_currency;
  } catch (error) {
    if (isProviderError(error) && error.status === 404) {
      return { ok: false, refusal: { field: "portfolioId", message: "InvestSuite has no portfolio with this id." } };
    }
    // Nothing was written: the person is told InvestSuite could not be asked, and may simply try again.
    if (isProviderError(error)) throw new AppError("PROVIDER", `${error.userMessage} Nothing was recorded.`);
    throw error;
  }
  if (baseCurrency !== input.currency) {
    return {
      ok: false,
      refusal: { field: "currency", message: `This portfolio is in ${baseCurrency}; a deposit is recorded in the portfolio's currency.` },
    };
  }

  const requiresApproval = needsFourEyes(input.amount, deps.fourEyesAbove ?? getEnv().DEPOSIT_FOUR_EYES_ABOVE);
  try {
    const depositId = await getDb().$transaction(async (tx) => {
      // Our id is chosen here so the Idempotency-Key, derived from it, is written with the row.
      const id = randomUUID();
      await tx.deposit.create({
        data: {
          id,
          portfolioRef: input.portfolioId,
          currency: input.currency,
          amount: input.amount,
          valueDate: new Date(`${input.valueDate}T00:00:00Z`),
          bankReference: input.bankReference,
          note: input.note || null,
          state: "RECORDED",
          idempotencyKey: depositIdempotencyKey(id),
          requiresApproval,
          recordedById: context.actor.id,
        },
      });
      const details = { amount: input.amount, currency: input.currency, portfolio: input.portfolioId, bankReference: input.bankReference };
      await recordDepositTransition(tx, id, null, "RECORDED", { context, details });
      await recordDepositTransition(tx, id, "RECORDED", requiresApproval ? "AWAITING_APPROVAL" : "READY_TO_SEND", {
        context,
        reason: requiresApproval
          ? "Above the four-eyes threshold: another admin must approve it before it is sent."
          : "At or below the four-eyes threshold: sent without a second person.",
      });
      return id;
    });
    return { ok: true, depositId, requiresApproval };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return {
        ok: false,
        refusal: { field: "bankReference", message: "A deposit with this bank reference is already recorded for this portfolio." },
      };
    }
    throw error;
  }
}
