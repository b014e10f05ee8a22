import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import type { CurrentUser } from "@/lib/auth/session";
import { findDeposits } from "@/lib/deposits/find-deposits";
import { loadInbox } from "@/lib/inbox/load-inbox";
import { depositFilterSchema } from "@/lib/validations/deposits";

import { approveDepositAction, recordDepositAction, rejectDepositAction } from "./deposits";

/**
 * The deposit actions enforce permissions and four eyes themselves: a STAFF member or the admin
 * who recorded a deposit cannot approve it, a role without deposits.record cannot record one,
 * and InvestSuite's facts (portfolio, currency) and a repeated bank reference come back as field errors.
 */
const sandbox = forSuite(startContractSandbox);
const investSuite = forSuite(async () => pointAppAtInvestSuite(sandbox));
let portfolios: Portfolio[] = [];

beforeAll(async () => {
  portfolios = (await investSuite.listPortfolios({ query: "status eq 'ACTIVE'", limit: 50 })).results;
});

const input = (amount: string, overrides: Record<string, string> = {}) => {
  const portfolio = portfolios[Math.floor(Math.random() * portfolios.length)]!;
  return {
    portfolioId: portfolio.id,
    currency: portfolio.base_currency,
    amount,
    valueDate: "2026-12-07",
    bankReference: `BANK-${randomUUID().slice(0, 12)}`,
    ...overrides,
  };
};
const deposit = (id: string) => getDb().deposit.findUniqueOrThrow({ where: { id } });
const fieldErrors = (result: { validationErrors?: unknown }) =>
  result.validationErrors as Record<string, { _errors?: string[] }> | undefined;

describe("deposit actions", () => {
  it("staff records above the threshold; it awaits approval, with timeline and audit naming the recorder", async () => {
    const staff = await signInAs("STAFF");
    const result = await recordDepositAction(input("25000.50"));
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ requiresApproval: true });
    const d = await deposit(result.data!.depositId);
    expect(d).toMatchObject({ state: "AWAITING_APPROVAL", recordedById: staff.user.id, requiresApproval: true });
    expect(d.amount.toFixed()).toBe("25000.5");
    const history = await getDb().depositTransition.findMany({ where: { depositId: d.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.fromState, h.toState, h.actorId])).toEqual([
      [null, "RECORDED", staff.user.id],
      ["RECORDED", "AWAITING_APPROVAL", staff.user.id],
    ]);
    const audit = await getDb().auditEntry.findMany({ where: { targetType: "deposit", targetId: d.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["deposit.recorded", staff.user.id],
      ["deposit.awaiting_approval", staff.user.id],
    ]);
  });

  it("at or below the threshold it is ready to send at once", async () => {
    await signInAs("STAFF");
    const result = await recordDepositAction(input("10000"));
    expect(result.data).toMatchObject({ requiresApproval: false });
    expect((await deposit(result.data!.depositId)).state).toBe("READY_TO_SEND");
  });

  it("STAFF cannot approve or reject any deposit, not even their own; COMPLIANCE neither", async () => {
    await signInAs("STAFF");
    const { data } = await recordDepositAction(input("20000"));
    const depositId = data!.depositId;
    expect((await approveDepositAction({ depositId })).serverError).toBe("Your role (STAFF) does not allow this (deposits.approve).");
    expect((await rejectDepositAction({ depositId, reason: "Not allowed to" })).serverError).toMatch(/does not allow this/);
    await signInAs("STAFF");
    expect((await approveDepositAction({ depositId })).serverError).toMatch(/does not allow this/);
    await signInAs("COMPLIANCE");
    expect((await approveDepositAction({ depositId })).serverError).toBe("Your role (COMPLIANCE) does not allow this (deposits.approve).");
    expect((await deposit(depositId)).state).toBe("AWAITING_APPROVAL");
  });

  it("the admin who recorded a deposit cannot approve or reject it; the refusal is audited; another admin can", async () => {
    const recorder = await signInAs("ADMIN");
    const { data } = await recordDepositAction(input("30000"));
    const depositId = data!.depositId;
    expect((await approveDepositAction({ depositId })).serverError).toBe(
      "You recorded this deposit, so another admin must approve it (four-eyes rule).",
    );
    expect((await rejectDepositAction({ depositId, reason: "Changed my mind" })).serverError).toMatch(/You recorded this deposit/);
    expect((await deposit(depositId)).state).toBe("AWAITING_APPROVAL");
    const denied = await getDb().auditEntry.findMany({ where: { targetId: depositId, action: "action.denied" } });
    expect(denied.map((a) => a.actorId)).toEqual([recorder.user.id, recorder.user.id]);

    const checker = await signInAs("ADMIN");
    expect((await approveDepositAction({ depositId })).data).toEqual({ approved: true });
    expect(await deposit(depositId)).toMatchObject({ state: "READY_TO_SEND", approvedById: checker.user.id });
    expect((await approveDepositAction({ depositId })).serverError).toBe("This deposit is ready to send and cannot be approved now.");
  });

  it("a role without deposits.record cannot record", async () => {
    await signInAs("COMPLIANCE");
    const result = await recordDepositAction(input("100"));
    expect(result.serverError).toBe("Your role (COMPLIANCE) does not allow this (deposits.record).");
  });

  it("rejection needs a reason and is final", async () => {
    await signInAs("STAFF");
    const { data } = await recordDepositAction(input("40000"));
    const depositId = data!.depositId;
    await signInAs("ADMIN");
    expect(fieldErrors(await rejectDepositAction({ depositId, reason: "no" }))?.reason?._errors).toEqual([
      "Say in a few words why (at least 5 characters).",
    ]);
    expect((await rejectDepositAction({ depositId, reason: "Transfer was returned by the bank" })).data).toEqual({ rejected: true });
    expect(await deposit(depositId)).toMatchObject({ state: "REJECTED", rejectReason: "Transfer was returned by the bank" });
    expect((await approveDepositAction({ depositId })).serverError).toBe("This deposit is rejected and cannot be approved now.");
  });

  it("the same bank reference cannot be recorded twice for one portfolio", async () => {
    await signInAs("STAFF");
    const first = input("500");
    expect((await recordDepositAction(first)).data).toBeDefined();
    const again = await recordDepositAction({ ...first, amount: "600" });
    expect(fieldErrors(again)?.bankReference?._errors).toEqual([
      "A deposit with this bank reference is already recorded for this portfolio.",
    ]);
  });

  it("the amount must be in the portfolio's currency, and the portfolio must exist", async () => {
    await signInAs("STAFF");
    const base = input("500");
    const other = base.currency === "EUR" ? "USD" : "EUR";
    expect(fieldErrors(await recordDepositAction({ ...base, currency: other }))?.currency?._errors?.[0]).toMatch(/This portfolio is in/);
    const missing = await recordDepositAction({ ...base, portfolioId: "P01ARZ3NDEKTSV4RRFFQ69G5FAV" });
    expect(fieldErrors(missing)?.portfolioId?._errors).toEqual(["InvestSuite has no portfolio with this id."]);
  });

  it("'awaiting my approval' (list filter and home card) shows another person's deposit to an eligible admin, never one's own", async () => {
    const recorder = await signInAs("ADMIN");
    const { data } = await recordDepositAction(input("15000"));
    const depositId = data!.depositId;
    const checker = await signInAs("ADMIN");
    const filter = depositFilterSchema.parse({ mine: "awaiting-my-approval" });
    const asUser = (u: typeof checker.user) => u as unknown as CurrentUser;

    const list = await findDeposits(filter, asUser(checker.user), 50);
    expect(list.deposits.map((d) => d.id)).toContain(depositId);
    const card = (await loadInbox(asUser(checker.user))).find((c) => c.id === "deposits-awaiting-my-approval")!;
    expect(card.count).toBe(list.total);
    expect(card.href).toBe("/deposits?mine=awaiting-my-approval");

    expect((await findDeposits(filter, asUser(recorder.user), 50)).deposits.map((d) => d.id)).not.toContain(depositId);
    // The cooling-off rule of lib/four-eyes/eligibility.ts: an admin the recorder created recently is not asked either.
    await getDb().accountChange.create({ data: { userId: checker.user.id, byUserId: recorder.user.id, kind: "CREATED" } });
    expect((await findDeposits(filter, asUser(checker.user), 50)).deposits.map((d) => d.id)).not.toContain(depositId);
  });
});
