import Decimal from "decimal.js";
import { afterEach, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";

import { createWithdrawalRequest } from "./create-request";
import { executeWiseAlphaWithdrawal } from "./execute-wisealpha";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandbox = forSuite(startHarness);
const GBP = { ...DEMO_CUSTOMER, currency: "GBP" };

afterEach(async () => {
  await sandbox.resetFaults();
});

/** An approved WiseAlpha request of `amount` GBP on the demo account (each test uses its own amount, so matches are unambiguous). */
async function approved(amount: string) {
  const id = await createWithdrawalRequest(db, {
    provider: "WISEALPHA",
    customerRef: GBP.customerId,
    accountRef: GBP.accountId,
    currency: "GBP",
    amount,
    state: "APPROVED",
  });
  return id;
}
/** What WiseAlpha itself records: the withdraw POSTs it received and the Withdrawal transactions of this amount. */
const withdrawCalls = () => sandbox.log.filter((e) => e.method === "POST" && e.path.endsWith("/withdraw/")).length;
async function withdrawalsOf(amount: string) {
  const found = [];
  for await (const t of sandbox.client().iterateTransactions(GBP))
    if (t.type === "Withdrawal" && new Decimal(t.amount).equals(new Decimal(amount).neg())) found.push(t);
  return found;
}
const balance = async () => new Decimal((await sandbox.client().getBalance(GBP)).amount);
const row = (id: string) => db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
const later = () => new Date(Date.now() + 3_600_000);

describe("executing a WiseAlpha withdrawal", () => {
  it("withdraws once, records WiseAlpha's transaction and the balance after", async () => {
    const id = await approved("21.01");
    const before = await balance();
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client() }, id)).toBe("executed");
    const [transaction, ...more] = await withdrawalsOf("21.01");
    expect(more).toHaveLength(0);
    expect(await balance()).toEqual(before.minus("21.01"));
    expect(await row(id)).toMatchObject({ state: "EXECUTED", providerReference: transaction!.reference });
    const history = await db.withdrawalTransition.findMany({ where: { withdrawalId: id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toState)).toEqual(["EXECUTING", "EXECUTED"]);
    expect(history[1]!.details).toMatchObject({ payout: "21.01", transaction: transaction!.reference, foundOnResume: false });
  });

  it("a provider 4xx fails it with WiseAlpha's message and pays nothing", async () => {
    const id = await approved("99999999.00");
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client() }, id)).toBe("failed");
    expect(await row(id)).toMatchObject({
      state: "FAILED",
      failureRetryable: false,
      failureMessage: "WiseAlpha refused the withdrawal: the account's available cash is less than the amount. Nothing was withdrawn.",
    });
    expect(await withdrawalsOf("99999999.00")).toHaveLength(0);
  });

  it("a 5xx stays EXECUTING with a backoff, then the retry pays exactly once", async () => {
    const id = await approved("22.02");
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    const client = sandbox.client({ sleep: async () => {} });
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: client }, id)).toBe("retry_later");
    const waiting = await row(id);
    expect(waiting).toMatchObject({ state: "EXECUTING" });
    expect(waiting.nextExecutionAt!.getTime()).toBeGreaterThan(Date.now());
    expect(waiting.failureMessage).toMatch(/checks WiseAlpha for this withdrawal before sending it again/);
    // Not due yet: another worker leaves it alone.
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: client }, id)).toBe("skipped");

    await sandbox.resetFaults();
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: client, now: later }, id)).toBe("executed");
    expect(await withdrawalsOf("22.02")).toHaveLength(1);
  });

  it("a crash right after WiseAlpha paid resumes by finding the payout, without sending again", async () => {
    const id = await approved("23.03");
    const calls = withdrawCalls();
    const crash = async () => {
      throw new Error("worker killed");
    };
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client(), afterPayout: crash }, id)).toBe("retry_later");
    expect((await row(id)).state).toBe("EXECUTING");
    // A fresh client: the crashed process's memory of what it sent is gone too.
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client(), now: later }, id)).toBe("executed");
    expect(withdrawCalls() - calls).toBe(1);
    const [transaction, ...more] = await withdrawalsOf("23.03");
    expect(more).toHaveLength(0);
    expect(await row(id)).toMatchObject({ state: "EXECUTED", providerReference: transaction!.reference });
    const executed = await db.withdrawalTransition.findFirstOrThrow({ where: { withdrawalId: id, toState: "EXECUTED" } });
    expect(executed.details).toMatchObject({ foundOnResume: true });
  });

  it("an answer lost after WiseAlpha took the withdrawal: the retry finds it and does not pay twice", async () => {
    const id = await approved("24.04");
    let posts = 0;
    // WiseAlpha takes the withdrawal, then the connection drops before its answer reaches us.
    const lossy = sandbox.client({
      sleep: async () => {},
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (init.method === "POST") {
          posts += 1;
          throw new TypeError("socket hang up");
        }
        return response;
      },
    });
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: lossy }, id)).toBe("retry_later");
    expect(await withdrawalsOf("24.04")).toHaveLength(1);
    expect((await row(id)).state).toBe("EXECUTING");

    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: lossy, now: later }, id)).toBe("executed");
    expect(posts).toBe(1);
    expect(await withdrawalsOf("24.04")).toHaveLength(1);
  });

  it("a timeout before WiseAlpha took it: the retry finds nothing and sends it once", async () => {
    const id = await approved("24.44");
    await sandbox.setFaults({ timeoutRate: 1 });
    const impatient = sandbox.client({ timeoutMs: 300, sleep: async () => {} });
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: impatient }, id)).toBe("retry_later");
    await sandbox.resetFaults();
    expect(await withdrawalsOf("24.44")).toHaveLength(0);
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client(), now: later }, id)).toBe("executed");
    expect(await withdrawalsOf("24.44")).toHaveLength(1);
  });

  it("two requests of the same amount each claim their own transaction", async () => {
    const first = await approved("25.05");
    const second = await approved("25.05");
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client() }, first)).toBe("executed");
    const crash = async () => {
      throw new Error("worker killed");
    };
    await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client(), afterPayout: crash }, second);
    expect(await executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client(), now: later }, second)).toBe("executed");
    const transactions = await withdrawalsOf("25.05");
    expect(transactions).toHaveLength(2);
    const refs = [(await row(first)).providerReference, (await row(second)).providerReference];
    expect(new Set(refs)).toEqual(new Set(transactions.map((t) => t.reference)));
  });

  it("20 concurrent executions pay exactly once", async () => {
    const id = await approved("26.06");
    const calls = withdrawCalls();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => executeWiseAlphaWithdrawal({ db, wiseAlpha: sandbox.client() }, id)),
    );
    expect(outcomes.filter((o) => o === "executed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(19);
    expect(withdrawCalls() - calls).toBe(1);
    expect(await withdrawalsOf("26.06")).toHaveLength(1);
  });
});
