import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { approveWithdrawalAction, requestWiseAlphaWithdrawalAction } from "./withdrawals";

const sandbox = forSuite(startHarness);
/** Our own view of the sandbox, independent of the app's shared client. */
const wiseAlpha = forSuite(async () => pointAppAtWiseAlpha(sandbox));

const GBP = { ...DEMO_CUSTOMER, currency: "GBP" };
type Errors = Record<string, { _errors?: string[] }> | undefined;
const fieldErrors = (result: { validationErrors?: unknown }) => result.validationErrors as Errors;
const wiseAlphaRows = () => getDb().withdrawalRequest.count({ where: { provider: "WISEALPHA" } });
/** What the account could still give: WiseAlpha's balance minus what our queue already asks for. */
async function available() {
  const balance = new Decimal((await wiseAlpha.getBalance(GBP)).amount);
  const queued = await getDb().withdrawalRequest.aggregate({
    where: { provider: "WISEALPHA", accountRef: GBP.accountId, state: { in: ["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING"] } },
    _sum: { amount: true },
  });
  return balance.minus(queued._sum.amount?.toFixed() ?? "0");
}

describe("requesting a WiseAlpha withdrawal", () => {
  it("queues it CASH_AVAILABLE with the requester as maker, its history and audit", async () => {
    const staff = await signInAs("STAFF");
    const result = await requestWiseAlphaWithdrawalAction({ ...GBP, currency: "gbp", amount: "12.34" });
    expect(result.serverError).toBeUndefined();
    const row = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id: result.data!.withdrawalId } });
    expect(row).toMatchObject({
      provider: "WISEALPHA",
      state: "CASH_AVAILABLE",
      customerRef: GBP.customerId,
      accountRef: GBP.accountId,
      currency: "GBP",
      makerId: staff.user.id,
      isFull: false,
    });
    expect(row.amount!.toFixed(2)).toBe("12.34");
    const history = await getDb().withdrawalTransition.findMany({ where: { withdrawalId: row.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.fromState, h.toState, h.actorId])).toEqual([
      [null, "REQUESTED", staff.user.id],
      ["REQUESTED", "CASH_AVAILABLE", staff.user.id],
    ]);
    const audits = await getDb().auditEntry.findMany({ where: { targetId: row.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["withdrawal.requested", "withdrawal.cash_available", "withdrawal.prepared"]);
  });

  it("the requester cannot approve it; another admin can (four eyes)", async () => {
    const admin = await signInAs("ADMIN");
    const { data } = await requestWiseAlphaWithdrawalAction({ ...GBP, amount: "1.05" });
    expect((await approveWithdrawalAction({ withdrawalId: data!.withdrawalId })).serverError).toBe(
      "You prepared this withdrawal, so another admin must approve it (four-eyes rule).",
    );
    await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: data!.withdrawalId })).data).toEqual({ approved: true });
    const row = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id: data!.withdrawalId } });
    expect(row).toMatchObject({ state: "APPROVED", makerId: admin.user.id });
  });

  it("refuses more than the balance, next to the amount, and queues nothing", async () => {
    await signInAs("STAFF");
    const before = await wiseAlphaRows();
    const tooMuch = (await available()).plus("0.01").toFixed(2);
    const result = await requestWiseAlphaWithdrawalAction({ ...GBP, amount: tooMuch });
    expect(fieldErrors(result)?.amount?._errors?.[0]).toMatch(
      new RegExp(`^Only [0-9.]+ GBP is available to withdraw.*; ${tooMuch} GBP was asked for\\.$`),
    );
    expect(await wiseAlphaRows()).toBe(before);
  });

  it("counts requests already queued against the balance", async () => {
    await signInAs("STAFF");
    const rest = await available();
    const half = rest.dividedBy(2).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    expect((await requestWiseAlphaWithdrawalAction({ ...GBP, amount: half.toFixed(2) })).data).toBeDefined();
    const second = await requestWiseAlphaWithdrawalAction({ ...GBP, amount: half.plus(1).toFixed(2) });
    expect(fieldErrors(second)?.amount?._errors?.[0]).toMatch(/already queued for withdrawal/);
  });

  it("refuses while can_withdraw is false, next to the customer", async () => {
    await signInAs("STAFF");
    const before = await wiseAlphaRows();
    await sandbox.control("POST", `customers/${GBP.customerId}/compliance`, { withdrawal_blocked: true });
    try {
      const result = await requestWiseAlphaWithdrawalAction({ ...GBP, amount: "1.00" });
      expect(fieldErrors(result)?.customerId?._errors?.[0]).toMatch(
        /^WiseAlpha does not allow withdrawals for this customer.*can_withdraw is false/,
      );
    } finally {
      await sandbox.control("POST", `customers/${GBP.customerId}/compliance`, { withdrawal_blocked: false });
    }
    expect(await wiseAlphaRows()).toBe(before);
  });

  it("refuses an unknown customer, an unknown account and a currency the account does not hold", async () => {
    await signInAs("STAFF");
    const unknownCustomer = await requestWiseAlphaWithdrawalAction({ ...GBP, customerId: "99999999", amount: "1.00" });
    expect(fieldErrors(unknownCustomer)?.customerId?._errors).toEqual(["WiseAlpha has no customer 99999999."]);
    const unknownAccount = await requestWiseAlphaWithdrawalAction({ ...GBP, accountId: "INVACC99999999", amount: "1.00" });
    expect(fieldErrors(unknownAccount)?.accountId?._errors?.[0]).toMatch(/has no investment account INVACC99999999/);
    const currencies = (await wiseAlpha.getInvestmentAccount(DEMO_CUSTOMER)).currencies;
    const missing = ["GBP", "EUR", "USD", "CHF"].find((c) => !currencies.includes(c))!;
    const wrongCurrency = await requestWiseAlphaWithdrawalAction({ ...GBP, currency: missing, amount: "1.00" });
    expect(fieldErrors(wrongCurrency)?.currency?._errors?.[0]).toBe(`This account holds no ${missing}; it holds ${currencies.join(", ")}.`);
  });

  it("refuses malformed amounts before asking WiseAlpha", async () => {
    await signInAs("STAFF");
    const calls = sandbox.log.length;
    for (const amount of ["1.005", "0", "-5", "1e3", "abc", ""]) {
      const result = await requestWiseAlphaWithdrawalAction({ ...GBP, amount });
      expect(fieldErrors(result)?.amount?._errors?.length, amount).toBeGreaterThan(0);
    }
    expect(sandbox.log.length).toBe(calls);
  });

  it("COMPLIANCE cannot request one", async () => {
    await signInAs("COMPLIANCE");
    expect((await requestWiseAlphaWithdrawalAction({ ...GBP, amount: "1.00" })).serverError).toBe(
      "Your role (COMPLIANCE) does not allow this (withdrawals.prepare).",
    );
  });
});
