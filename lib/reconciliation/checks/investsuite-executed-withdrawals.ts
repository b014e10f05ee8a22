import Decimal from "decimal.js";

import { isProviderError } from "@/lib/providers/errors";
import { cashKey } from "@/lib/providers/investsuite/transform";

import { EXECUTED_WITHDRAWALS_CHECK } from "../check-names";
import { forEachLimited } from "../concurrency";
import type { Finding, ReconciliationCheck } from "../types";

/**
 * Executed withdrawals: cash before − amount = cash after. InvestSuite keeps no readable
 * history, so each portfolio's latest payout inside the window is compared with the cash
 * it holds now (one read per portfolio). InvestSuite's cash moves only by our own transfers
 * and the optimizer's trades, which our withdrawal flow waits for; any other change after
 * our payout is one nobody told us about.
 */
export const investSuiteExecutedWithdrawals: ReconciliationCheck = {
  name: EXECUTED_WITHDRAWALS_CHECK,
  provider: "INVESTSUITE",
  async run({ db, clients, now, settings }) {
    const since = new Date(now().getTime() - settings.eventGapWindowMs);
    const executed = await db.withdrawalRequest.findMany({
      where: {
        provider: "INVESTSUITE",
        state: "EXECUTED",
        executedAt: { gte: since },
        portfolioRef: { not: null },
        payoutAmount: { not: null },
        cashBefore: { not: null },
      },
      orderBy: { executedAt: "desc" },
      select: {
        id: true,
        portfolioRef: true,
        currency: true,
        payoutAmount: true,
        cashBefore: true,
        cashPatchFromVersion: true,
        executedAt: true,
      },
    });
    const latest = new Map<string, (typeof executed)[number]>();
    for (const w of executed) if (!latest.has(w.portfolioRef!)) latest.set(w.portfolioRef!, w);
    const findings: Finding[] = [];
    await forEachLimited([...latest.values()], 4, async (w) => {
      const portfolio = await clients.investSuite.getPortfolio(w.portfolioRef!).catch((error: unknown) => {
        if (isProviderError(error) && error.code === "not_found") return null;
        throw error;
      });
      const expected = new Decimal(w.cashBefore!.toString()).sub(w.payoutAmount!.toString());
      const ours = {
        withdrawal: w.id,
        cash_before: w.cashBefore!.toString(),
        amount: w.payoutAmount!.toString(),
        expected_cash: expected.toFixed(),
        currency: w.currency,
      };
      if (!portfolio) {
        findings.push({
          objectType: "portfolio",
          objectRef: w.portfolioRef!,
          kind: "portfolio_missing",
          summary: "We paid out of this portfolio; InvestSuite no longer has it.",
          ours,
          theirs: null,
        });
        return;
      }
      const cash = new Decimal(portfolio.portfolio[cashKey(w.currency)] ?? "0");
      if (cash.equals(expected)) return;
      const moved = w.cashPatchFromVersion !== null && portfolio.version > w.cashPatchFromVersion + 1;
      findings.push({
        objectType: "portfolio",
        objectRef: w.portfolioRef!,
        kind: moved ? "changed_after_payout" : "cash_mismatch",
        summary: `After our payout of ${w.payoutAmount!.toString()} ${w.currency} the cash should be ${expected.toFixed()}; InvestSuite holds ${cash.toFixed()}.`,
        ours,
        theirs: { cash: cash.toFixed(), version: portfolio.version, version_at: portfolio.version_datetime ?? null },
      });
    });
    return { objectsChecked: latest.size, findings };
  },
};
