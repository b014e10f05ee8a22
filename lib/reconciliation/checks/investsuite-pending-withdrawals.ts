import Decimal from "decimal.js";

import { isProviderError } from "@/lib/providers/errors";
import { parseDivestAmount, type DivestAmount } from "@/lib/withdrawals/divest-amount";
import { PENDING_WITHDRAWALS_QUERY } from "@/lib/withdrawals/reconcile-investsuite";

import type { Finding, ReconciliationCheck } from "../types";

import { PENDING_WITHDRAWALS_CHECK } from "../check-names";

const text = (d: DivestAmount) => (d.kind === "amount" ? d.amount.toFixed() : d.kind === "full" ? "full" : "none");

/**
 * InvestSuite's pending-withdrawals query (divest_amount not 0) against our open requests:
 * a portfolio asking for money without an open request of that amount, and an open request
 * whose portfolio no longer asks (read once by id: the query is the list, the portfolio the proof).
 * Read-only: the worker's withdrawal reconciliation corrects these and records the correction.
 */
export const investSuitePendingWithdrawals: ReconciliationCheck = {
  name: PENDING_WITHDRAWALS_CHECK,
  provider: "INVESTSUITE",
  async run({ db, clients }) {
    const open = await db.withdrawalRequest.findMany({
      where: { provider: "INVESTSUITE", state: { in: ["REQUESTED", "CASH_AVAILABLE"] }, portfolioRef: { not: null } },
      select: { id: true, portfolioRef: true, amount: true, isFull: true, currency: true, state: true },
    });
    const ours = new Map(open.map((r) => [r.portfolioRef!, r]));
    const findings: Finding[] = [];
    const pending = new Set<string>();
    let checked = 0;
    for await (const portfolio of clients.investSuite.iteratePortfolios({ query: PENDING_WITHDRAWALS_QUERY, limit: 100 })) {
      checked += 1;
      pending.add(portfolio.id);
      const theirs = parseDivestAmount(portfolio.config.manager_settings.divest_amount ?? null);
      const request = ours.get(portfolio.id);
      const mine: DivestAmount = !request
        ? { kind: "none" }
        : request.isFull
          ? { kind: "full" }
          : { kind: "amount", amount: new Decimal(request.amount!.toString()) };
      if (text(mine) === text(theirs)) continue;
      findings.push({
        objectType: "portfolio",
        objectRef: portfolio.id,
        kind: request ? "amount_differs" : "missing_request",
        summary: request
          ? `InvestSuite asks for ${text(theirs)} ${portfolio.base_currency}; our open request is for ${text(mine)}.`
          : `InvestSuite asks for ${text(theirs)} ${portfolio.base_currency}; we hold no open request.`,
        ours: request ? { request: request.id, state: request.state, amount: text(mine), currency: request.currency } : { request: null },
        theirs: { divest_amount: text(theirs), currency: portfolio.base_currency, status: portfolio.status },
      });
    }
    for (const [portfolioRef, request] of ours) {
      if (pending.has(portfolioRef)) continue;
      checked += 1;
      const portfolio = await clients.investSuite.getPortfolio(portfolioRef).catch((error: unknown) => {
        if (isProviderError(error) && error.code === "not_found") return null;
        throw error;
      });
      const theirs = parseDivestAmount(portfolio?.config.manager_settings.divest_amount ?? null);
      if (theirs.kind !== "none") continue; // listed late or changed while we read: the next run sees it
      findings.push({
        objectType: "portfolio",
        objectRef: portfolioRef,
        kind: portfolio ? "request_not_pending" : "portfolio_missing",
        summary: portfolio
          ? "We hold an open request; InvestSuite no longer asks for a withdrawal."
          : "We hold an open request for a portfolio InvestSuite no longer has.",
        ours: {
          request: request.id,
          state: request.state,
          amount: request.isFull ? "full" : request.amount!.toString(),
          currency: request.currency,
        },
        theirs: portfolio ? { divest_amount: "none", status: portfolio.status } : { portfolio: null },
      });
    }
    return { objectsChecked: checked, findings };
  },
};
