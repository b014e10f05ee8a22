import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { startInvestSuiteWithClient } from "@/scripts/test-support/investsuite-app-client";
import { killWhen, runUntil, startWithdrawalWorker } from "@/scripts/test-support/withdrawal-worker";

import { executeInvestSuiteWithdrawal } from "./execute-investsuite";
import { customerAsksAtSandbox, insertInvestSuiteRequest, untakenPortfolio } from "./test-payouts";

/**
 * Finding 4: a payout that resumes (after a crash or during 5xx backoff) must not overwrite
 * what changed at InvestSuite meanwhile. The proof is the sandbox's own state: its cash
 * equals old cash + deposit − payout, with exactly one withdraw transfer.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 4);
let sandbox: ContractSandbox;
let investSuite: InvestSuiteClient;

beforeAll(async () => ({ sandbox, investSuite } = await startInvestSuiteWithClient()));
afterEach(async () => {
  await sandbox.control("DELETE", "/__sandbox/faults");
});
afterAll(async () => {
  await sandbox?.close();
});

/**
 * The contract sandbox has only 9 live robo real-money portfolios and the other payout suites
 * share this database (each skips portfolios that have a request), so every test here takes
 * its withdrawal from the same one portfolio, one after another.
 */
let portfolio: Portfolio | undefined;
async function approvedWithdrawal(amount: string) {
  portfolio ??= await untakenPortfolio(db, investSuite);
  await customerAsksAtSandbox(sandbox, portfolio.id, amount);
  const id = await insertInvestSuiteRequest(db, portfolio, amount, "APPROVED");
  return {
    id,
    portfolioId: portfolio.id,
    currency: portfolio.base_currency,
    cashBefore: await cashAt(portfolio.id, portfolio.base_currency),
    withdrawsBefore: (await withdrawals(portfolio.id)).length,
  };
}
const cashAt = async (portfolioId: string, currency: string) =>
  new Decimal((await investSuite.getPortfolio(portfolioId)).portfolio[`$${currency}`] ?? "0");

/** A customer's deposit lands, as the middleware books it (seed 000): cash raised by PATCH, then the deposit event. */
async function deposit(portfolioId: string, currency: string, amount: string) {
  const p = await investSuite.getPortfolio(portfolioId);
  const cash = new Decimal(p.portfolio[`$${currency}`] ?? "0").plus(amount);
  await investSuite.patchPortfolio(portfolioId, { portfolio: { ...p.portfolio, [`$${currency}`]: cash.toFixed() } });
  await investSuite.postDepositEvent({ portfolioId, amount, currency }, `dep-${randomUUID().slice(0, 8)}`);
}
const withdrawals = async (portfolioId: string) =>
  (
    (await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${portfolioId}`)) as {
      results: { type: string; amount: string }[];
    }
  ).results.filter((t) => t.type === "CASH_WITHDRAWAL");
/** The worker dies right after its cash PATCH landed: the attempt ends "retry_later", the payout half done. */
async function crashAfterCashPatch(id: string) {
  const crash = async () => {
    throw new Error("worker killed after the PATCH");
  };
  expect(await executeInvestSuiteWithdrawal({ db, investSuite, afterCashPatch: crash }, id)).toBe("retry_later");
}
/** The next attempt, once the backoff has passed, finishes the payout. */
async function resumePayout(id: string) {
  expect(await executeInvestSuiteWithdrawal({ db, investSuite, now: later }, id)).toBe("executed");
}
/** InvestSuite booked exactly one withdraw for it, and the portfolio's cash is `cash`. */
async function expectPaidOnce(w: Awaited<ReturnType<typeof approvedWithdrawal>>, cash: Decimal) {
  expect(await withdrawals(w.portfolioId)).toHaveLength(w.withdrawsBefore + 1);
  expect((await cashAt(w.portfolioId, w.currency)).toFixed()).toBe(cash.toFixed());
}
/** A 1,000 deposit lands while the payout waits; the payout resumes and is paid once: cash = before + 1,000 − payout. */
async function depositThenResume(w: Awaited<ReturnType<typeof approvedWithdrawal>>, payout: string) {
  await deposit(w.portfolioId, w.currency, "1000");
  await resumePayout(w.id);
  await expectPaidOnce(w, w.cashBefore.plus(1000).minus(payout));
}
const row = (id: string) => db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
const later = () => new Date(Date.now() + 3_600_000);

describe("a resumed payout applies the cash change to what is there now", () => {
  it("5xx backoff after the withdraw, a 1,000 deposit meanwhile: cash = old + 1,000 − payout", async () => {
    const w = await approvedWithdrawal("500");
    // InvestSuite starts failing right after it took the withdraw event.
    const outage = () => sandbox.control("PUT", "/__sandbox/faults/investsuite", { errorRate: 1, errorStatus: 503 }).then(() => undefined);
    expect(await executeInvestSuiteWithdrawal({ db, investSuite, afterPayout: outage }, w.id)).toBe("retry_later");
    expect((await row(w.id)).state).toBe("EXECUTING");
    await sandbox.control("DELETE", "/__sandbox/faults");

    await depositThenResume(w, "500");
  });

  it("a crash after the cash PATCH landed, then a deposit: the resume does not deduct the payout again", async () => {
    const w = await approvedWithdrawal("300");
    await crashAfterCashPatch(w.id);
    expect((await cashAt(w.portfolioId, w.currency)).toFixed()).toBe(w.cashBefore.minus(300).toFixed());
    await depositThenResume(w, "300");
  });

  it("a crash after the cash PATCH landed, nothing else changed: the resume deducts nothing more", async () => {
    const w = await approvedWithdrawal("200");
    await crashAfterCashPatch(w.id);
    await resumePayout(w.id);
    expect((await cashAt(w.portfolioId, w.currency)).toFixed()).toBe(w.cashBefore.minus(200).toFixed());
  });

  it(
    "kill test: worker SIGKILLed mid-payout, 1,000 deposited while it is down, resume: one withdraw, cash = old + 1,000 − payout",
    {
      timeout: 120_000,
    },
    async () => {
      const w = await approvedWithdrawal("150");
      // Every InvestSuite call takes 1.5 s, so the worker is still mid-payout well after the withdraw landed.
      await sandbox.control("PUT", "/__sandbox/faults/investsuite", { latencyMs: 1_500 });
      const first = startWithdrawalWorker(w.id, sandbox.baseUrl);
      const killedAt = await killWhen(first, async () => (await withdrawals(w.portfolioId)).length === w.withdrawsBefore + 1);
      expect(first.signalCode).toBe("SIGKILL");
      expect((await row(w.id)).state).toBe("EXECUTING");

      await sandbox.control("DELETE", "/__sandbox/faults");
      await deposit(w.portfolioId, w.currency, "1000");
      // A new worker at once: it must wait for the dead one's lease (no renewals any more), then resume.
      await runUntil(startWithdrawalWorker(w.id, sandbox.baseUrl), async () => (await row(w.id)).state === "EXECUTED");
      const resumedAfterMs = Date.now() - killedAt;
      console.log(`payout resumed and executed ${resumedAfterMs} ms after the kill`);
      expect(resumedAfterMs).toBeLessThan(30_000);
      await expectPaidOnce(w, w.cashBefore.plus(1000).minus(150));
    },
  );
});
