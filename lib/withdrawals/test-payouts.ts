import type { Db } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";

import { createWithdrawalRequest } from "./create-request";

// Test-only (imported by the payout integration tests): one InvestSuite withdrawal set up at the
// sandbox and in our database, the same way in every suite.

/** The sandbox lets a customer withdraw only from a live robo real-money portfolio. */
const WITHDRAWABLE = "status eq 'ACTIVE' and money_type eq 'REAL_MONEY' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY'";

/**
 * A withdrawable portfolio that has no request in our database yet (the payout suites share the
 * database, and the sandbox has few such portfolios) and is not in `skip`.
 */
export async function untakenPortfolio(db: Db, investSuite: InvestSuiteClient, skip: ReadonlySet<string> = new Set()): Promise<Portfolio> {
  const page = await investSuite.listPortfolios({ query: WITHDRAWABLE, limit: 100 });
  const taken = new Set((await db.withdrawalRequest.findMany({ select: { portfolioRef: true } })).map((r) => r.portfolioRef));
  return page.results.find((p) => !taken.has(p.id) && !skip.has(p.id))!;
}

/** The customer asks for `amount` at the sandbox and the sells run, so the cash is free to pay out. */
export async function customerAsksAtSandbox(sandbox: ContractSandbox, portfolioId: string, amount: string | "full") {
  await sandbox.control("POST", `/investsuite/__sandbox/portfolios/${portfolioId}/request-withdrawal`, { amount });
  await sandbox.control("POST", `/investsuite/__sandbox/portfolios/${portfolioId}/free-cash`);
}

/** Our request for that withdrawal, already in `state`, keyed as the app keys it; answers its id. */
export async function insertInvestSuiteRequest(
  db: Db,
  portfolio: Portfolio,
  amount: string | "full",
  state: "CASH_AVAILABLE" | "APPROVED",
) {
  const id = await createWithdrawalRequest(db, {
    provider: "INVESTSUITE",
    portfolioRef: portfolio.id,
    currency: portfolio.base_currency,
    amount: amount === "full" ? null : amount,
    isFull: amount === "full",
    state,
  });
  return id;
}
