import Decimal from "decimal.js";

import type { Db } from "@/lib/db/create-client";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { cashKey } from "@/lib/providers/investsuite/transform";

import { recordCorrection } from "@/lib/reconciliation/drift-items";
import type { DriftSide } from "@/lib/reconciliation/types";
import { PENDING_WITHDRAWALS_CHECK } from "@/lib/reconciliation/check-names";

import { applyDivestAmount, lockOpenRequest } from "./apply-divest-amount";
import { recordTransition } from "./record-transition";
import type { RequestContext } from "@/lib/request-context";

/** Seed 002 "pending withdrawals": the batch variant of the withdrawal flow polls exactly this. */
export const PENDING_WITHDRAWALS_QUERY = "config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null";

type Portfolio = Awaited<ReturnType<InvestSuiteClient["getPortfolio"]>>;
export type ReconcileResult = { checked: number; created: number; superseded: number; cancelled: number; cashAvailable: number };

/**
 * Catches up what lost events would have told us: every portfolio InvestSuite says
 * has a pending withdrawal gets a matching open request (same rules as the event
 * handler), one whose cash already covers it becomes CASH_AVAILABLE, and an open
 * request whose portfolio no longer asks for money is cancelled.
 */
export async function reconcileInvestSuiteWithdrawals(
  db: Db,
  investSuite: InvestSuiteClient,
  now = () => new Date(),
  context?: RequestContext,
): Promise<ReconcileResult> {
  const result: ReconcileResult = { checked: 0, created: 0, superseded: 0, cancelled: 0, cashAvailable: 0 };
  const readAt = now();
  const pending = new Set<string>();

  for await (const portfolio of investSuite.iteratePortfolios({ query: PENDING_WITHDRAWALS_QUERY, limit: 100 })) {
    pending.add(portfolio.id);
    result.checked += 1;
    await db.$transaction(async (tx) => {
      const before = await lockOpenRequest(tx, portfolio.id);
      const outcome = await applyDivestAmount(tx, statementOf(portfolio, readAt));
      const amount = portfolio.config.manager_settings.divest_amount ?? null;
      if (outcome === "created" || outcome === "superseded" || outcome === "cancelled") {
        result[outcome] += 1;
        await recordCorrection(tx, correctionKey, {
          ...portfolioFinding(portfolio.id, before, { divest_amount: amount, currency: portfolio.base_currency }),
          kind: outcome === "created" ? "missing_request" : outcome === "superseded" ? "amount_differs" : "request_not_pending",
          summary: `InvestSuite asks for ${amount ?? "nothing"}; our open request did not match (a lost event).`,
          correction: `The worker ${outcome === "created" ? "created the missing request" : outcome === "superseded" ? "superseded our request with InvestSuite's amount" : "cancelled our request"}.`,
        });
      }
      const open = await lockOpenRequest(tx, portfolio.id);
      if (open?.state === "REQUESTED" && cashCovers(portfolio, open)) {
        await recordTransition(tx, open.id, "REQUESTED", "CASH_AVAILABLE", {
          context,
          details: { via: "reconciliation" },
          data: { cashAvailableAt: now() },
        });
        result.cashAvailable += 1;
        // A request created just now had no cash-available event to miss; the creation is its record.
        if (outcome === "unchanged")
          await recordCorrection(tx, correctionKey, {
            ...portfolioFinding(portfolio.id, open, { divest_amount: amount, cash: portfolio.portfolio[cashKey(open.currency)] ?? "0" }),
            kind: "cash_available_missed",
            summary: "The portfolio's cash covers the withdrawal; we had not heard (a lost cash-available event).",
            correction: "The worker marked the request CASH_AVAILABLE.",
          });
      }
    });
  }

  const stillOpen = await db.withdrawalRequest.findMany({
    where: { provider: "INVESTSUITE", state: { in: ["REQUESTED", "CASH_AVAILABLE"] }, portfolioRef: { not: null } },
    select: { portfolioRef: true },
  });
  for (const { portfolioRef } of stillOpen) {
    if (pending.has(portfolioRef!)) continue;
    // Not in the pending list: confirm on the portfolio itself before cancelling anything.
    const portfolio = await investSuite.getPortfolio(portfolioRef!).catch((error: unknown) => {
      if (isProviderError(error) && error.code === "not_found") return null;
      throw error;
    });
    await db.$transaction(async (tx) => {
      const open = await lockOpenRequest(tx, portfolioRef!);
      if (portfolio) {
        if ((await applyDivestAmount(tx, statementOf(portfolio, readAt))) !== "cancelled") return;
        result.cancelled += 1;
        await recordCorrection(tx, correctionKey, {
          ...portfolioFinding(portfolioRef!, open, { divest_amount: portfolio.config.manager_settings.divest_amount ?? null }),
          kind: "request_not_pending",
          summary: "We held an open request; InvestSuite no longer asked for a withdrawal.",
          correction: "The worker cancelled our request.",
        });
        return;
      }
      if (!open) return;
      await recordTransition(tx, open.id, open.state, "CANCELLED", {
        context,
        reason: "The portfolio no longer exists at InvestSuite.",
        details: { via: "reconciliation" },
      });
      result.cancelled += 1;
      await recordCorrection(tx, correctionKey, {
        ...portfolioFinding(portfolioRef!, open, { portfolio: null }),
        kind: "portfolio_missing",
        summary: "We held an open request for a portfolio InvestSuite no longer has.",
        correction: "The worker cancelled our request.",
      });
    });
  }
  return result;
}

const correctionKey = { check: PENDING_WITHDRAWALS_CHECK, provider: "INVESTSUITE" };

type OpenRequest = Awaited<ReturnType<typeof lockOpenRequest>>;

/** Both sides of a corrected portfolio, as the drift item shows them. */
function portfolioFinding(portfolioRef: string, open: OpenRequest, theirs: DriftSide) {
  const ours: DriftSide = open
    ? { request: open.id, state: open.state, amount: open.isFull ? "full" : (open.amount?.toString() ?? null), currency: open.currency }
    : { request: null };
  return { objectType: "portfolio", objectRef: portfolioRef, ours, theirs };
}

function statementOf(portfolio: Portfolio, readAt: Date) {
  return {
    portfolio: portfolio.id,
    owner: portfolio.owned_by_user_id,
    currency: portfolio.base_currency,
    amountText: portfolio.config.manager_settings.divest_amount ?? null,
    statedAt: readAt,
    sourceEventId: null,
    via: "reconciliation" as const,
  };
}

/** Partial: the cash holding covers the amount. Full: nothing but cash is left (the sells are done). */
function cashCovers(portfolio: Portfolio, request: { isFull: boolean; amount: { toString(): string } | null; currency: string }): boolean {
  const holdings = portfolio.portfolio;
  if (request.isFull) return Object.entries(holdings).every(([key, quantity]) => key.startsWith("$") || new Decimal(quantity).isZero());
  return new Decimal(holdings[cashKey(request.currency)] ?? "0").greaterThanOrEqualTo(request.amount!.toString());
}
