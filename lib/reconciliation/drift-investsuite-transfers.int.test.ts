import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { createWithdrawalRequest } from "@/lib/withdrawals/create-request";
import { withdrawalIdempotencyKey } from "@/lib/withdrawals/divest-amount";
import { forSuite } from "@/scripts/test-support/for-suite";

import { investSuiteWithdrawalTransfers } from "./checks/investsuite-withdrawal-transfers";
import { expectClosedOnRerun, expectOnlyNew, runCheck } from "./test-runs";
import { startSandboxes } from "./test-sandboxes";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startSandboxes);

type SandboxTransfer = { id: string; amount: string; currency: string; type: string; creation_datetime: string };

afterAll(async () => {
  await db.$disconnect();
});

/** Active robo portfolios with no withdrawal asked for: nothing of ours refers to them yet. */
async function quietPortfolio(index: number) {
  const page = await sandboxes.direct.investSuite.listPortfolios({
    query: "status eq 'ACTIVE' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY' and config.manager_settings.divest_amount eq null",
    limit: index + 1,
  });
  expect(page.results.length).toBe(index + 1);
  return page.results[index]!;
}

/** A payout as our execution leaves it: the withdraw event sent under the request's key, the row EXECUTED. */
async function executedPayout(portfolio: { id: string; base_currency: string }, amount: string) {
  const id = await createWithdrawalRequest(db, {
    provider: "INVESTSUITE",
    portfolioRef: portfolio.id,
    currency: portfolio.base_currency,
    amount,
    state: "EXECUTING",
    payoutAmount: amount,
  });
  const transfer = (await sandboxes.direct.investSuite.postWithdrawEvent(
    { portfolioId: portfolio.id, amount, currency: portfolio.base_currency },
    withdrawalIdempotencyKey(id),
  )) as SandboxTransfer;
  await db.withdrawalRequest.update({ where: { id }, data: { state: "EXECUTED", executedAt: new Date() } });
  return { id, transfer };
}

/** A payout of `amount` from the `index`-th quiet portfolio, and the check's run before any drift is made. */
async function paidOutThenChecked(index: number, amount: string) {
  const portfolio = await quietPortfolio(index);
  const payout = await executedPayout(portfolio, amount);
  const before = await runCheck(db, sandboxes, investSuiteWithdrawalTransfers);
  return { portfolio, payout, before };
}

describe("InvestSuite cash transfer drift", () => {
  it("a second cash transfer for one payout is one open item; a later run closes it once the extra transfer is gone", async () => {
    const { portfolio, payout, before } = await paidOutThenChecked(0, "60");
    const extra = await sandboxes.control<SandboxTransfer>(
      "POST",
      `/investsuite/__sandbox/drift/portfolios/${portfolio.id}/cash-transfers`,
      {
        amount: "60",
      },
    );

    const after = await runCheck(db, sandboxes, investSuiteWithdrawalTransfers);
    const item = await expectOnlyNew(db, before, after, payout.id, "cash_transfer_duplicated");
    expect(item.ours).toMatchObject({ portfolio: portfolio.id, amount: "60" });
    expect(item.theirs).toMatchObject({ transfers: 2, transfer: payout.transfer.id, also: extra.id });
    // Objects: each executed withdrawal; calls: one transfer list per portfolio paid out of, + the token.
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/investsuite/__sandbox/drift/cash-transfers/${extra.id}/remove`, {});
    await expectClosedOnRerun(db, sandboxes, investSuiteWithdrawalTransfers, before, payout.id);
  });

  it("a payout whose cash transfer InvestSuite lost is one open item; a later run closes it once the transfer is back", async () => {
    const { portfolio, payout, before } = await paidOutThenChecked(1, "35.5");
    const removed = await sandboxes.control<SandboxTransfer>(
      "POST",
      `/investsuite/__sandbox/drift/cash-transfers/${payout.transfer.id}/remove`,
      {},
    );

    const after = await runCheck(db, sandboxes, investSuiteWithdrawalTransfers);
    const item = await expectOnlyNew(db, before, after, payout.id, "cash_transfer_missing");
    expect(item.ours).toMatchObject({ portfolio: portfolio.id, amount: "35.5" });
    expect(item.theirs).toEqual({ transfers: 0 });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/investsuite/__sandbox/drift/portfolios/${portfolio.id}/cash-transfers`, {
      id: removed.id,
      amount: removed.amount,
      currency: removed.currency,
      creation_datetime: removed.creation_datetime,
    });
    await expectClosedOnRerun(db, sandboxes, investSuiteWithdrawalTransfers, before, payout.id);
  });
});
