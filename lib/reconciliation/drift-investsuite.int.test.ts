import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { cashKey } from "@/lib/providers/investsuite/transform";
import { createWithdrawalRequest } from "@/lib/withdrawals/create-request";
import { reconcileInvestSuiteWithdrawals } from "@/lib/withdrawals/reconcile-investsuite";
import { forSuite } from "@/scripts/test-support/for-suite";

import { EXECUTED_WITHDRAWALS_CHECK, PENDING_WITHDRAWALS_CHECK, PORTFOLIO_STATUS_CHECK } from "./check-names";
import { investSuiteExecutedWithdrawals } from "./checks/investsuite-executed-withdrawals";
import { investSuitePendingWithdrawals } from "./checks/investsuite-pending-withdrawals";
import { investSuitePortfolioStatus } from "./checks/investsuite-portfolio-status";
import { expectOnlyNew, itemOf, runCheck } from "./test-runs";
import { startSandboxes } from "./test-sandboxes";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startSandboxes);

beforeAll(async () => {
  // Our open requests start in agreement with InvestSuite, as the worker's catch-up leaves them.
  await reconcileInvestSuiteWithdrawals(db, sandboxes.direct.investSuite);
});
afterAll(async () => {
  await db.$disconnect();
});

/** Active robo portfolios with no withdrawal asked for: nothing of ours refers to them yet. */
async function quietPortfolios(count: number) {
  const page = await sandboxes.direct.investSuite.listPortfolios({
    query: "status eq 'ACTIVE' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY' and config.manager_settings.divest_amount eq null",
    limit: count,
  });
  expect(page.results.length).toBe(count);
  return page.results;
}

describe("InvestSuite drift", () => {
  it("a withdrawal request whose event was lost is one open item; the worker's catch-up corrects it and records it", async () => {
    const before = await runCheck(db, sandboxes, investSuitePendingWithdrawals);
    const [portfolio] = await quietPortfolios(1);
    await sandboxes.control("POST", `/investsuite/__sandbox/portfolios/${portfolio!.id}/request-withdrawal`, { amount: 25 });

    const after = await runCheck(db, sandboxes, investSuitePendingWithdrawals);
    const item = await expectOnlyNew(db, before, after, portfolio!.id, "missing_request");
    expect(item.ours).toEqual({ request: null });
    expect(item.theirs).toMatchObject({ divest_amount: "25" });

    await reconcileInvestSuiteWithdrawals(db, sandboxes.direct.investSuite);
    const corrected = await itemOf(db, PENDING_WITHDRAWALS_CHECK, "INVESTSUITE", portfolio!.id);
    expect(corrected.state).toBe("AUTO_CORRECTED");
    expect(corrected.resolution).toContain("created the missing request");
    const later = await runCheck(db, sandboxes, investSuitePendingWithdrawals);
    expect(later.driftFound).toBe(before.driftFound);
    expect(later.opened).toBe(0);
  });

  it("holdings changed after our payout is one open item; a later run closes it once the cash is right again", async () => {
    const [portfolio] = await quietPortfolios(2).then((p) => p.slice(1));
    const key = cashKey(portfolio!.base_currency);
    const cash = new Decimal(portfolio!.portfolio[key] ?? "0");
    // Our payout of 100 from this portfolio, as the execution leaves it: cash before, amount, the version patched.
    const id = await createWithdrawalRequest(db, {
      provider: "INVESTSUITE",
      portfolioRef: portfolio!.id,
      currency: portfolio!.base_currency,
      amount: "100",
      state: "EXECUTED",
      payoutAmount: "100",
      cashBefore: cash.add(100).toFixed(),
      cashPatchFromVersion: portfolio!.version - 1,
      executedAt: new Date(),
    });
    const before = await runCheck(db, sandboxes, investSuiteExecutedWithdrawals);
    await sandboxes.control("POST", `/investsuite/__sandbox/drift/portfolios/${portfolio!.id}/holdings`, {
      holdings: { [key]: cash.sub(40).toFixed() },
    });

    const after = await runCheck(db, sandboxes, investSuiteExecutedWithdrawals);
    const item = await expectOnlyNew(db, before, after, portfolio!.id, "changed_after_payout");
    expect(item.ours).toMatchObject({ withdrawal: id, expected_cash: cash.toFixed() });
    expect(item.theirs).toMatchObject({ cash: cash.sub(40).toFixed() });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1); // + the token

    await sandboxes.control("POST", `/investsuite/__sandbox/drift/portfolios/${portfolio!.id}/holdings`, {
      holdings: { [key]: cash.toFixed() },
    });
    const later = await runCheck(db, sandboxes, investSuiteExecutedWithdrawals);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, EXECUTED_WITHDRAWALS_CHECK, "INVESTSUITE", portfolio!.id)).state).toBe("RESOLVED");
  });

  it("a status change whose event we never received is one open item; a later run closes it once the event arrives", async () => {
    const [portfolio] = await quietPortfolios(3).then((p) => p.slice(2));
    const statusEvent = (value: string, at: Date) =>
      db.providerEvent.create({
        data: {
          provider: "INVESTSUITE",
          providerEventId: randomUUID(),
          type: "portfolios.status-update",
          portfolioRef: portfolio!.id,
          providerCreatedAt: at,
          transport: "HTTP_PUSH",
          signature: "VALID",
          status: "PROCESSED",
          payload: { subject: "portfolios", action: "status-update", data: { id: portfolio!.id, value } },
        },
      });
    await statusEvent(portfolio!.status, new Date(Date.now() - 60_000));
    const before = await runCheck(db, sandboxes, investSuitePortfolioStatus);
    await sandboxes.control("POST", `/investsuite/__sandbox/drift/portfolios/${portfolio!.id}/status`, { status: "INACTIVE" });

    const after = await runCheck(db, sandboxes, investSuitePortfolioStatus);
    const item = await expectOnlyNew(db, before, after, portfolio!.id, "status_not_received");
    expect(item.ours).toMatchObject({ status: "ACTIVE" });
    expect(item.theirs).toMatchObject({ status: "INACTIVE" });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked);

    await statusEvent("INACTIVE", new Date());
    const later = await runCheck(db, sandboxes, investSuitePortfolioStatus);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, PORTFOLIO_STATUS_CHECK, "INVESTSUITE", portfolio!.id)).state).toBe("RESOLVED");
  });
});
