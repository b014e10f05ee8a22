import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { startInvestSuiteWithClient } from "@/scripts/test-support/investsuite-app-client";

import { createWithdrawalRequest } from "./create-request";
import { executeInvestSuiteWithdrawal } from "./execute-investsuite";
import { customerAsksAtSandbox, insertInvestSuiteRequest, untakenPortfolio } from "./test-payouts";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
let sandbox: ContractSandbox;
let investSuite: InvestSuiteClient;

beforeAll(async () => ({ sandbox, investSuite } = await startInvestSuiteWithClient()));
afterAll(() => sandbox?.close());

/** A customer asks for `amount` in the sandbox, the sells run, and our request is already approved. */
async function approvedWithdrawal(amount: string | "full") {
  const portfolio = await untakenPortfolio(db, investSuite);
  await customerAsksAtSandbox(sandbox, portfolio.id, amount);
  const id = await insertInvestSuiteRequest(db, portfolio, amount, "APPROVED");
  const cashBefore = (await investSuite.getPortfolio(portfolio.id)).portfolio[`$${portfolio.base_currency}`] ?? "0";
  return { id, portfolioId: portfolio.id, currency: portfolio.base_currency, cashBefore: new Decimal(cashBefore) };
}
const transfers = async (portfolioId: string) =>
  ((await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${portfolioId}`)) as { results: { amount: unknown }[] })
    .results;

describe("executing an InvestSuite withdrawal", () => {
  it("pays once, books the cash and resets divest_amount", async () => {
    const w = await approvedWithdrawal("500");
    expect(await executeInvestSuiteWithdrawal({ db, investSuite }, w.id)).toBe("executed");
    expect(await transfers(w.portfolioId)).toHaveLength(1);
    const portfolio = await investSuite.getPortfolio(w.portfolioId);
    expect(new Decimal(portfolio.config.manager_settings.divest_amount ?? "0").isZero()).toBe(true);
    expect(portfolio.portfolio[`$${w.currency}`]).toBe(w.cashBefore.minus(500).toFixed());
    const row = await db.withdrawalRequest.findUniqueOrThrow({ where: { id: w.id } });
    expect(row.state).toBe("EXECUTED");
    expect(row.payoutAmount!.toFixed()).toBe("500");
    const history = await db.withdrawalTransition.findMany({ where: { withdrawalId: w.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toState)).toEqual(["EXECUTING", "EXECUTED"]);
  });

  it("a crash right after the payout resumes with the same key and pays no second time", async () => {
    const w = await approvedWithdrawal("250");
    const crash = async () => {
      throw new Error("worker killed");
    };
    expect(await executeInvestSuiteWithdrawal({ db, investSuite, afterPayout: crash }, w.id)).toBe("retry_later");
    expect((await db.withdrawalRequest.findUniqueOrThrow({ where: { id: w.id } })).state).toBe("EXECUTING");
    const later = () => new Date(Date.now() + 3_600_000);
    expect(await executeInvestSuiteWithdrawal({ db, investSuite, now: later }, w.id)).toBe("executed");
    expect(await transfers(w.portfolioId)).toHaveLength(1);
    expect((await investSuite.getPortfolio(w.portfolioId)).portfolio[`$${w.currency}`]).toBe(w.cashBefore.minus(250).toFixed());
  });

  it("20 concurrent executions of one approved withdrawal pay exactly once", async () => {
    const w = await approvedWithdrawal("100");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => executeInvestSuiteWithdrawal({ db, investSuite }, w.id)));
    expect(outcomes.filter((o) => o === "executed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(19);
    expect(await transfers(w.portfolioId)).toHaveLength(1);
  });

  it("a full withdrawal pays out all the cash the sells freed", async () => {
    const w = await approvedWithdrawal("full");
    expect(await executeInvestSuiteWithdrawal({ db, investSuite }, w.id)).toBe("executed");
    const [transfer] = await transfers(w.portfolioId);
    expect(new Decimal(String(transfer!.amount)).toFixed()).toBe(w.cashBefore.toFixed());
    expect((await investSuite.getPortfolio(w.portfolioId)).portfolio[`$${w.currency}`]).toBe("0");
  });

  it("a provider 4xx fails it with the provider's message, without retrying", async () => {
    const id = await createWithdrawalRequest(db, {
      provider: "INVESTSUITE",
      portfolioRef: "P00000000000000000000000000",
      currency: "EUR",
      amount: "10",
      state: "APPROVED",
    });
    expect(await executeInvestSuiteWithdrawal({ db, investSuite }, id)).toBe("failed");
    const row = await db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "FAILED", failureRetryable: false });
    expect(row.failureMessage).toMatch(/InvestSuite/);
  });
});
