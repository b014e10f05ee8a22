import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { withdrawalIdempotencyKey } from "@/lib/withdrawals/divest-amount";
import { forSuite } from "@/scripts/test-support/for-suite";

import { wiseAlphaBalances } from "./checks/wisealpha-balances";
import { wiseAlphaCustomerValidation } from "./checks/wisealpha-customer-validation";
import { wiseAlphaOpenOrders } from "./checks/wisealpha-open-orders";
import { wiseAlphaWithdrawals } from "./checks/wisealpha-withdrawals";
import { runReconciliation } from "./run-reconciliation";
import { expectClosedOnRerun, expectOnlyNew, runCheck } from "./test-runs";
import { startSandboxes } from "./test-sandboxes";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startSandboxes);
/** A customer who may withdraw, with an account holding GBP: where the payouts of these tests go. */
let payee: { customerId: string; accountId: string };

type SandboxTransaction = { reference: string; amount: string; created: string; currency: string; type: string };

beforeAll(async () => {
  const wa = sandboxes.direct.wiseAlpha;
  for await (const customer of wa.iterateCustomers()) {
    if (!customer.validation.can_withdraw) continue;
    const [account] = await wa.listInvestmentAccounts(customer.customer_id);
    if (!account) continue;
    const balances = await wa.getBalances({ customerId: customer.customer_id, accountId: account.id });
    if (new Decimal(balances.find((b) => b.currency === "GBP")?.amount ?? "0").gte(500)) {
      payee = { customerId: customer.customer_id, accountId: account.id };
      break;
    }
  }
  expect(payee).toBeDefined();
});
afterAll(async () => {
  await db.$disconnect();
});

/** A payout as our execution leaves it: withdrawn at WiseAlpha, our row EXECUTED with the transaction it pinned. */
async function executedPayout(amount: string) {
  const id = randomUUID();
  const sentAt = new Date();
  await sandboxes.direct.wiseAlpha.withdraw({ ...payee, currency: "GBP", amount, idempotencyKey: withdrawalIdempotencyKey(id) });
  const transaction = await sandboxes.direct.wiseAlpha.findWithdrawal({
    ...payee,
    currency: "GBP",
    amount,
    since: new Date(sentAt.getTime() - 60_000),
  });
  expect(transaction).not.toBeNull();
  await db.withdrawalRequest.create({
    data: {
      id,
      provider: "WISEALPHA",
      customerRef: payee.customerId,
      accountRef: payee.accountId,
      currency: "GBP",
      amount,
      state: "EXECUTED",
      idempotencyKey: withdrawalIdempotencyKey(id),
      payoutAmount: amount,
      payoutSentAt: sentAt,
      providerReference: transaction!.reference,
      executedAt: new Date(),
    },
  });
  return { id, transaction: transaction! };
}

describe("WiseAlpha ledger drift", () => {
  it("a balance changed without a transaction is one open item; a later run closes it once the balance is put back", async () => {
    const before = await runCheck(db, sandboxes, wiseAlphaBalances);
    expect(before.driftFound).toBe(0); // the sandbox's generated ledger agrees with itself
    const balances = await sandboxes.direct.wiseAlpha.getBalances(payee);
    const gbp = balances.find((b) => b.currency === "GBP")!.amount;
    const drifted = new Decimal(gbp).add("10.50").toFixed(2);
    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/accounts/${payee.accountId}/balances/GBP`, { amount: drifted });

    const after = await runCheck(db, sandboxes, wiseAlphaBalances);
    const item = await expectOnlyNew(db, before, after, `${payee.accountId}/GBP`, "balance_differs_from_transactions");
    expect(item.ours).toMatchObject({ sum_of_transactions: new Decimal(gbp).toFixed(), customer: payee.customerId });
    expect(item.theirs).toMatchObject({ balance: new Decimal(drifted).toFixed(), difference: "10.5" });
    // Objects: each customer (its account list), account (its balances) and balance (its transaction pages); + the customer pages.
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/accounts/${payee.accountId}/balances/GBP`, { amount: gbp });
    await expectClosedOnRerun(db, sandboxes, wiseAlphaBalances, before, `${payee.accountId}/GBP`);
  });

  it("a withdrawal we never sent is one open item; a later run closes it once the transaction is gone", async () => {
    const before = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    expect(before.driftFound).toBe(0);
    const stray = await sandboxes.control<SandboxTransaction>(
      "POST",
      `/wisealpha/__sandbox/drift/accounts/${payee.accountId}/transactions`,
      {
        currency: "GBP",
        amount: "-75.00",
        type: "Withdrawal",
      },
    );

    const after = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    const item = await expectOnlyNew(db, before, after, stray.reference, "withdrawal_not_sent_by_us");
    expect(item.ours).toEqual({ request: null });
    expect(item.theirs).toMatchObject({ amount: "75", account: payee.accountId, customer: payee.customerId });
    // Objects: each customer (its account list), each account's currency (its transaction pages), our requests; + the customer pages.
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/transactions/${stray.reference}/remove`, {});
    await expectClosedOnRerun(db, sandboxes, wiseAlphaWithdrawals, before, stray.reference);
  });

  it("a withdrawal whose amount WiseAlpha changed is one open item; a later run closes it once the amounts agree", async () => {
    const payout = await executedPayout("40.00");
    const before = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/transactions/${payout.transaction.reference}`, { amount: "-45.00" });

    const after = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    const item = await expectOnlyNew(db, before, after, payout.id, "withdrawal_amount_differs");
    expect(item.ours).toMatchObject({ amount: "40", transaction: payout.transaction.reference });
    expect(item.theirs).toMatchObject({ amount: "45", transaction: payout.transaction.reference });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/transactions/${payout.transaction.reference}`, { amount: "-40.00" });
    await expectClosedOnRerun(db, sandboxes, wiseAlphaWithdrawals, before, payout.id);
  });

  it("a withdrawal we sent that WiseAlpha no longer shows is one open item; a later run closes it once it is back", async () => {
    const payout = await executedPayout("30.00");
    const before = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    const removed = await sandboxes.control<SandboxTransaction>(
      "POST",
      `/wisealpha/__sandbox/drift/transactions/${payout.transaction.reference}/remove`,
      {},
    );

    const after = await runCheck(db, sandboxes, wiseAlphaWithdrawals);
    const item = await expectOnlyNew(db, before, after, payout.id, "withdrawal_missing_at_provider");
    expect(item.ours).toMatchObject({ amount: "30", transaction: payout.transaction.reference });
    expect(item.theirs).toBeNull();
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1);

    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/accounts/${payee.accountId}/transactions`, {
      currency: removed.currency,
      amount: removed.amount,
      type: removed.type,
      reference: removed.reference,
      created: removed.created,
    });
    await expectClosedOnRerun(db, sandboxes, wiseAlphaWithdrawals, before, payout.id);
  });

  it("in one run the WiseAlpha checks read each list once: the later checks take the earlier ones' reads", async () => {
    const run = await runReconciliation({
      db,
      clients: sandboxes.clients,
      checks: [wiseAlphaOpenOrders, wiseAlphaCustomerValidation, wiseAlphaBalances, wiseAlphaWithdrawals],
      trigger: "ON_DEMAND",
    });
    const [orders, validation, balances, withdrawals] = run.checks;
    expect(run.checks.map((c) => c.error)).toEqual([null, null, null, null]);
    expect(validation!.providerCallCount).toBe(0); // the customer list
    expect(withdrawals!.providerCallCount).toBe(0); // the account lists, balances and transactions
    expect(balances!.providerCalls["GET /wisealpha/v1/customers/"]).toBeUndefined();
    expect(orders!.providerCalls["GET /wisealpha/v1/customers/"]).toBeGreaterThan(0);
  });
});
