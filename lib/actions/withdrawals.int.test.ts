import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";

import { approveWithdrawalAction, prepareWithdrawalAction, rejectWithdrawalAction } from "./withdrawals";

const cashAvailableWithdrawal = (amount?: string) => createCashAvailableWithdrawal(getDb(), amount);
const stateOf = async (id: string) => (await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } })).state;

describe("four-eyes approval, enforced by the actions themselves", () => {
  it("staff prepares and a different admin approves", async () => {
    const id = await cashAvailableWithdrawal();
    const staff = await signInAs("STAFF");
    expect((await prepareWithdrawalAction({ withdrawalId: id })).serverError).toBeUndefined();
    await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
    expect(await stateOf(id)).toBe("APPROVED");
    const request = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(request.makerId).toBe(staff.user.id);
    const history = await getDb().withdrawalTransition.findMany({ where: { withdrawalId: id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toState)).toEqual(["APPROVED"]);
  });

  it("the admin who prepared it cannot approve it, and nothing changes", async () => {
    const id = await cashAvailableWithdrawal();
    const admin = await signInAs("ADMIN");
    await prepareWithdrawalAction({ withdrawalId: id });
    const result = await approveWithdrawalAction({ withdrawalId: id });
    expect(result.serverError).toBe("You prepared this withdrawal, so another admin must approve it (four-eyes rule).");
    expect(await stateOf(id)).toBe("CASH_AVAILABLE");
    expect(await getDb().withdrawalApproval.count({ where: { withdrawalId: id } })).toBe(0);
    expect((await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } })).makerId).toBe(admin.user.id);
  });

  it("STAFF and COMPLIANCE cannot approve or reject (refused by the action)", async () => {
    const id = await cashAvailableWithdrawal();
    await signInAs("STAFF");
    await prepareWithdrawalAction({ withdrawalId: id });
    for (const role of ["STAFF", "COMPLIANCE"] as const) {
      await signInAs(role);
      expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toBe(
        `Your role (${role}) does not allow this (withdrawals.decide).`,
      );
      expect((await rejectWithdrawalAction({ withdrawalId: id, reason: "Other", comment: "not allowed" })).serverError).toMatch(
        /does not allow this/,
      );
    }
    expect(await stateOf(id)).toBe("CASH_AVAILABLE");
  });

  it("20 concurrent approvals approve it exactly once", async () => {
    const id = await cashAvailableWithdrawal();
    await signInAs("STAFF");
    await prepareWithdrawalAction({ withdrawalId: id });
    await signInAs("ADMIN");
    const results = await Promise.all(Array.from({ length: 20 }, () => approveWithdrawalAction({ withdrawalId: id })));
    expect(results.filter((r) => r.data?.approved)).toHaveLength(1);
    expect(results.filter((r) => r.serverError).length).toBe(19);
    expect(await getDb().withdrawalApproval.count({ where: { withdrawalId: id } })).toBe(1);
    expect(await getDb().withdrawalTransition.count({ where: { withdrawalId: id, toState: "APPROVED" } })).toBe(1);
  });

  it("rejection needs a reason and a comment, and is final", async () => {
    const id = await cashAvailableWithdrawal();
    await signInAs("ADMIN");
    const invalid = await rejectWithdrawalAction({ withdrawalId: id, reason: "Other", comment: "" });
    expect((invalid.validationErrors as Record<string, { _errors: string[] }>).comment?._errors).toEqual([
      "Say in a few words why (at least 5 characters).",
    ]);
    expect(
      (await rejectWithdrawalAction({ withdrawalId: id, reason: "Customer request", comment: "Customer called to cancel" })).serverError,
    ).toBeUndefined();
    const request = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({ state: "REJECTED", rejectReason: "Customer request: Customer called to cancel" });
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toBe(
      "This withdrawal is rejected and cannot be approved now.",
    );
  });

  it("cannot approve before it is prepared", async () => {
    const id = await cashAvailableWithdrawal();
    await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toBe(
      "This withdrawal must be prepared before it can be approved.",
    );
  });
});
