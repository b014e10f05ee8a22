import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";
import { accountsOf, actAs, coolingOffRefusals, pastCoolingOff, type Refusal } from "@/scripts/test-support/four-eyes";

import { createUserAction } from "./users";
import { approveWithdrawalAction, prepareWithdrawalAction } from "./withdrawals";

/**
 * Finding 1 of issue #20: admin A prepared a withdrawal, created a new ADMIN (or reset
 * admin2's password), signed in as it and approved. The approver must be a second
 * person: not the maker, nor an account the maker created, promoted or reset recently.
 */

async function preparedBy(makerId: string) {
  const id = await createCashAvailableWithdrawal(getDb());
  await actAs(makerId);
  const prepared = await prepareWithdrawalAction({ withdrawalId: id });
  if (prepared.serverError) throw new Error(prepared.serverError);
  return id;
}

const unchanged = async (id: string) => {
  const request = await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } });
  expect(request.state).toBe("CASH_AVAILABLE");
  expect(await getDb().withdrawalApproval.count({ where: { withdrawalId: id } })).toBe(0);
  expect(await getDb().withdrawalTransition.count({ where: { withdrawalId: id } })).toBe(0);
};

describe("withdrawal approval: the approver is a second person", () => {
  it("refuses the maker, accounts the maker created, promoted or reset, and STAFF; an independent admin approves", async () => {
    const maker = (await signInAs("ADMIN")).user;
    const theirs = await accountsOf(maker);
    const id = await preparedBy(maker.id);

    const refusals: Refusal[] = [
      ["maker", () => actAs(maker.id), /You prepared this withdrawal, so another admin must approve it/],
      ...coolingOffRefusals(theirs),
      ["staff", async () => void (await signInAs("STAFF")), /Your role \(STAFF\) does not allow this \(withdrawals\.decide\)/],
    ];
    for (const [who, become, message] of refusals) {
      await become();
      expect((await approveWithdrawalAction({ withdrawalId: id })).serverError, who).toMatch(message);
      await unchanged(id);
    }
    const denials = await getDb().auditEntry.findMany({ where: { action: "action.denied", targetId: id } });
    expect(denials.map((d) => [d.outcome, (d.details as { rule: string }).rule])).toEqual([
      ["DENIED", "requester"],
      ["DENIED", "related"],
      ["DENIED", "related"],
      ["DENIED", "related"],
    ]);

    await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
    expect((await getDb().withdrawalRequest.findUniqueOrThrow({ where: { id } })).state).toBe("APPROVED");
  });

  it("the original attack: A prepares, asks for a new ADMIN C; C does not exist until another admin approves, and then cannot approve", async () => {
    const a = (await signInAs("ADMIN")).user;
    const id = await preparedBy(a.id);
    await actAs(a.id);
    const asked = await createUserAction({
      email: "attacker-c@test.example",
      name: "C",
      role: "ADMIN",
      password: "copper-river-falcon-18",
    });
    expect(asked.data?.status).toBe("pending");
    expect(await getDb().user.count({ where: { email: "attacker-c@test.example" } })).toBe(0);

    const c = (await accountsOf(a)).created;
    await actAs(c);
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toMatch(/four-eyes rule/);
    await unchanged(id);
  });

  it("after the cooling-off window the created account may approve", async () => {
    const maker = (await signInAs("ADMIN")).user;
    const theirs = await accountsOf(maker);
    const id = await preparedBy(maker.id);
    await actAs(theirs.created);
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toMatch(/within the last 72 hours/);
    await pastCoolingOff(maker.id);
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
  });

  it("the maker cannot approve through an account the maker created even when the maker is STAFF", async () => {
    const admin = (await signInAs("ADMIN")).user;
    await createUserAction({ email: "made-staff@test.example", name: "Made", role: "STAFF", password: "silver-thicket-canoe-77" });
    const staff = await getDb().user.findUniqueOrThrow({ where: { email: "made-staff@test.example" } });
    const id = await preparedBy(staff.id);
    // The admin chose the staff member's password moments ago: the staff member's preparation is the admin's own.
    await actAs(admin.id);
    expect((await approveWithdrawalAction({ withdrawalId: id })).serverError).toMatch(
      /You created the account of the person who asked for this within the last 72 hours/,
    );
    await unchanged(id);
  });
});
