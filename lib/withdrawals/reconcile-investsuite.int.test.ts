import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { startInvestSuiteWithClient } from "@/scripts/test-support/investsuite-app-client";

import { PENDING_WITHDRAWALS_QUERY, reconcileInvestSuiteWithdrawals } from "./reconcile-investsuite";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
let sandbox: ContractSandbox;
let investSuite: InvestSuiteClient;

// Events go nowhere (the push URL is closed): only the reconciliation can find these withdrawals.
beforeAll(async () => ({ sandbox, investSuite } = await startInvestSuiteWithClient()));
afterAll(() => sandbox?.close());

const openFor = (portfolioRef: string) =>
  db.withdrawalRequest.findMany({ where: { portfolioRef, state: { in: ["REQUESTED", "CASH_AVAILABLE"] } } });

describe("withdrawal reconciliation with InvestSuite's pending-withdrawals query", () => {
  it("creates one open request per pending portfolio, and a second run changes nothing", async () => {
    const pending = (await investSuite.listPortfolios({ query: PENDING_WITHDRAWALS_QUERY, limit: 1 })).count!;
    expect(pending).toBeGreaterThan(0);
    const first = await reconcileInvestSuiteWithdrawals(db, investSuite);
    expect(first.checked).toBe(pending);
    expect(first.created).toBe(pending);
    const second = await reconcileInvestSuiteWithdrawals(db, investSuite);
    expect(second).toMatchObject({ checked: pending, created: 0, superseded: 0, cancelled: 0 });
  });

  it("catches a lost request, a changed amount, the cash becoming available and a reset to 0", async () => {
    const page = await investSuite.listPortfolios({
      query: "status eq 'ACTIVE' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY' and config.manager_settings.divest_amount eq null",
      limit: 1,
    });
    const startedAt = new Date();
    const portfolio = page.results[0]!;
    const id = portfolio.id;
    const control = (path: string, body?: unknown) => sandbox.control("POST", `/investsuite/__sandbox/portfolios/${id}/${path}`, body);
    // More than the cash holding, so the optimizer's sells are needed before it can be paid.
    const cash = new Decimal(portfolio.portfolio[`$${portfolio.base_currency}`] ?? "0");
    const first = cash.plus(300).toFixed();
    const second = cash.plus(400).toFixed();

    await control("request-withdrawal", { amount: first });
    await reconcileInvestSuiteWithdrawals(db, investSuite);
    let open = await openFor(id);
    expect(open.map((r) => [r.state, r.amount?.toFixed()])).toEqual([["REQUESTED", first]]);

    await control("request-withdrawal", { amount: second });
    await reconcileInvestSuiteWithdrawals(db, investSuite);
    open = await openFor(id);
    expect(open.map((r) => r.amount?.toFixed())).toEqual([second]);

    await control("free-cash");
    expect((await reconcileInvestSuiteWithdrawals(db, investSuite)).cashAvailable).toBeGreaterThanOrEqual(1);
    expect((await openFor(id)).map((r) => r.state)).toEqual(["CASH_AVAILABLE"]);

    await control("request-withdrawal", { amount: 0 });
    await reconcileInvestSuiteWithdrawals(db, investSuite);
    expect(await openFor(id)).toEqual([]);
    // Other suites use the same sandbox data (same seed), so only this test's requests count.
    const history = await db.withdrawalRequest.findMany({
      where: { portfolioRef: id, createdAt: { gte: startedAt } },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((r) => r.state)).toEqual(["CANCELLED", "CANCELLED"]);
  });
});
