import type { Role } from "@/generated/prisma/enums";
import { approveChangeRequestAction } from "@/lib/actions/approvals";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction } from "@/lib/actions/users";
import { getDb } from "@/lib/db";
import { expect } from "vitest";

import { setSession, signInAs } from "./auth";

/**
 * Four-eyes test support: act as an account the app itself created (not one made by
 * signInAs), and build the accounts an attacker would use: one the requester
 * created, one they promoted and one they reset, each approved by a bystander admin.
 */

/**
 * A full session for an existing user (the mocked next-auth reports it), as the person
 * holding the account would have it: the password someone else set replaced and the
 * second factor entered.
 */
export async function actAs(userId: string) {
  await getDb().user.updateMany({ where: { id: userId, mustChangePassword: true }, data: { mustChangePassword: false } });
  const session = await getDb().authSession.create({ data: { userId, secondFactorVerifiedAt: new Date() } });
  setSession({ sid: session.id });
}

export type Person = { id: string; email: string; role: Role };

async function approveAsBystander(changeRequestId: string) {
  await signInAs("ADMIN");
  const result = await approveChangeRequestAction({ changeRequestId });
  if (result.data?.state !== "EXECUTED") throw new Error(`setup approval failed: ${JSON.stringify(result)}`);
}

/** Accounts `requester` created, promoted to ADMIN and reset, each through an approved change request. */
export async function accountsOf(requester: Person) {
  const tag = Math.random().toString(36).slice(2, 10);
  await actAs(requester.id);
  const created = await createUserAction({
    email: `created-${tag}@test.example`,
    name: "Created",
    role: "ADMIN",
    password: "tundra-pebble-orchid-29",
  });
  if (created.data?.status !== "pending") throw new Error(`setup create failed: ${JSON.stringify(created)}`);
  await approveAsBystander(created.data.changeRequestId);

  const toPromote = (await signInAs("STAFF")).user;
  await actAs(requester.id);
  const promoted = await changeUserRoleAction({ userId: toPromote.id, role: "ADMIN" });
  if (promoted.data?.status !== "pending") throw new Error(`setup promote failed: ${JSON.stringify(promoted)}`);
  await approveAsBystander(promoted.data.changeRequestId);

  const toReset = (await signInAs("ADMIN")).user;
  await actAs(requester.id);
  const reset = await resetUserPasswordAction({ userId: toReset.id, password: "lantern-willow-sable-83" });
  if (reset.data?.status !== "pending") throw new Error(`setup reset failed: ${JSON.stringify(reset)}`);
  await approveAsBystander(reset.data.changeRequestId);

  const byEmail = await getDb().user.findUniqueOrThrow({ where: { email: `created-${tag}@test.example` } });
  const accounts = { created: byEmail.id, promoted: toPromote.id, reset: toReset.id };
  // The attacker holds these accounts: the passwords they were given are replaced, as the app demands.
  await getDb().user.updateMany({ where: { id: { in: Object.values(accounts) } }, data: { mustChangePassword: false } });
  return accounts;
}

/**
 * A new ADMIN (with the accounts accountsOf() makes for them) asks to reset a new STAFF user's
 * password to `password`: the pending request most four-eyes tests start from.
 */
export async function adminAsksPasswordReset(password: string) {
  const requester = (await signInAs("ADMIN")).user;
  const theirs = await accountsOf(requester);
  const target = (await signInAs("STAFF")).user;
  await actAs(requester.id);
  const filed = await resetUserPasswordAction({ userId: target.id, password });
  return { requester, theirs, target, changeRequestId: (filed.data as { changeRequestId: string }).changeRequestId };
}

/** Who tries to approve, how they become the signed-in person, and the refusal they must get. */
export type Refusal = [who: string, become: () => Promise<void>, message: RegExp];

/** The cooling-off refusals every four-eyes approval gives the accounts accountsOf() made for the requester. */
export function coolingOffRefusals(accounts: Awaited<ReturnType<typeof accountsOf>>): Refusal[] {
  return [
    ["created", () => actAs(accounts.created), /created your account within the last 72 hours/],
    ["promoted", () => actAs(accounts.promoted), /changed the role of your account within the last 72 hours/],
    ["reset", () => actAs(accounts.reset), /reset the password of your account within the last 72 hours/],
  ];
}

/** Moves every account change by `byUserId` back past the cooling-off window. */
export async function pastCoolingOff(byUserId: string, hours = 73) {
  await getDb().accountChange.updateMany({ where: { byUserId }, data: { at: new Date(Date.now() - hours * 3_600_000) } });
}

/** A second person of `role` approves what an action filed; answers the approval's outcome. */
export async function approvedBy(role: "ADMIN" | "STAFF", filed: { data?: unknown; serverError?: string }) {
  expect(filed.serverError).toBeUndefined();
  const { status, changeRequestId } = filed.data as { status: string; changeRequestId: string };
  expect(status).toBe("pending");
  const approver = await signInAs(role);
  const result = await approveChangeRequestAction({ changeRequestId });
  expect(result.serverError).toBeUndefined();
  return { approver: approver.user, ...result.data! };
}
