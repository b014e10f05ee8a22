import { describe, expect, it } from "vitest";

import { approveWithdrawalAction, prepareWithdrawalAction } from "@/lib/actions/withdrawals";
import { getDb } from "@/lib/db";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";

import { authorize, getCurrentUser, getSessionState } from "./session";

async function preparedWithdrawal() {
  const id = await createCashAvailableWithdrawal(getDb());
  await signInAs("STAFF");
  expect((await prepareWithdrawalAction({ withdrawalId: id })).serverError).toBeUndefined();
  return id;
}

describe("a partial session (second factor or password change pending) reaches nothing", () => {
  it("an ADMIN who has not entered a second-factor code cannot approve a withdrawal", async () => {
    const id = await preparedWithdrawal();
    await signInAs("ADMIN", { partial: "second-factor" });
    const result = await approveWithdrawalAction({ withdrawalId: id });
    expect(result.serverError).toMatch(/Finish signing in first/);
    const request = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(request.state).toBe("CASH_AVAILABLE");
    expect(await getDb().withdrawalApproval.count({ where: { withdrawalId: id } })).toBe(0);
  });

  it("an ADMIN who never enrolled (role requires it) has only a partial session", async () => {
    const id = await preparedWithdrawal();
    const { session } = await signInAs("ADMIN");
    await getDb().authSession.update({ where: { id: session.id }, data: { secondFactorVerifiedAt: null } });
    expect((await getSessionState())?.pending).toBe("enrol-second-factor");
    expect(await getCurrentUser()).toBeNull();
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toMatch(/Finish signing in first/);
  });

  it("the same ADMIN with the code verified approves (signInAs default)", async () => {
    const id = await preparedWithdrawal();
    await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
  });

  it("a user who must change their password is refused everywhere else", async () => {
    await signInAs("STAFF", { partial: "password-change" });
    expect((await getSessionState())?.pending).toBe("change-password");
    await expect(authorize("home.read", "test")).rejects.toThrow(/Finish signing in first/);
  });

  it("a STAFF user (second factor not required by default) is fully signed in after the password", async () => {
    const { session } = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: session.id }, data: { secondFactorVerifiedAt: null } });
    expect((await getCurrentUser())?.role).toBe("STAFF");
  });
});
