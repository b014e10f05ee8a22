import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";

import { approveChangeRequestAction } from "./approvals";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserDisabledAction } from "./users";

async function snapshot() {
  const db = getDb();
  const [users, audits] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, omit: { passwordHash: false } }),
    db.auditEntry.count({ where: { action: { startsWith: "user." } } }),
  ]);
  return { users, audits };
}

describe("ADMIN-only user actions called directly (no UI) as STAFF", () => {
  it("are refused by the action itself and change nothing", async () => {
    const { user: target } = await signInAs("COMPLIANCE");
    const staff = await signInAs("STAFF");
    const before = await snapshot();

    const results = await Promise.all([
      createUserAction({ email: "intruder@test.example", name: "Intruder", role: "ADMIN", password: "a-long-enough-password" }),
      changeUserRoleAction({ userId: target.id, role: "ADMIN" }),
      setUserDisabledAction({ userId: target.id, disabled: true }),
      resetUserPasswordAction({ userId: target.id, password: "a-long-enough-password" }),
    ]);
    for (const result of results) {
      expect(result.serverError).toBe("Your role (STAFF) does not allow this (users.manage).");
      expect(result.data).toBeUndefined();
    }

    expect(await snapshot()).toEqual(before);
    const denials = await getDb().auditEntry.findMany({ where: { action: "action.denied", actorId: staff.user.id } });
    expect(denials.map((d) => (d.details as { attempted: string }).attempted).sort()).toEqual([
      "action:changeUserRole",
      "action:createUser",
      "action:resetUserPassword",
      "action:setUserDisabled",
    ]);
  });
});

describe("user actions as ADMIN", () => {
  it("create a user and its audit entry together", async () => {
    const admin = await signInAs("ADMIN");
    const result = await createUserAction({
      email: "New.Person@Test.example",
      name: "New Person",
      role: "STAFF",
      password: "a-long-enough-password",
    });
    expect(result.serverError).toBeUndefined();
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "new.person@test.example" } });
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: "user.created", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.user.id, actorRole: "ADMIN", outcome: "SUCCESS" });

    const again = await createUserAction({
      email: "new.person@test.example",
      name: "Twin",
      role: "STAFF",
      password: "a-long-enough-password",
    });
    expect(again.serverError).toBe("A user with the email new.person@test.example already exists.");
  });

  it("show what was wrong and where", async () => {
    await signInAs("ADMIN");
    const result = await createUserAction({ email: "not-an-email", name: "", role: "ADMIN", password: "short" });
    const errors = result.validationErrors as Record<string, { _errors: string[] }>;
    expect(errors.email?._errors).toEqual(["Enter a valid email address."]);
    expect(errors.password?._errors).toEqual(["Use at least 12 characters."]);
    expect(errors.name?._errors).toEqual(["Enter a name."]);
  });

  it("refuse changing your own role or disabling yourself", async () => {
    const admin = await signInAs("ADMIN");
    expect((await changeUserRoleAction({ userId: admin.user.id, role: "STAFF" })).serverError).toMatch(/own role/);
    expect((await setUserDisabledAction({ userId: admin.user.id, disabled: true })).serverError).toMatch(/own account/);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.user.id } })).role).toBe("ADMIN");
  });

  it("reset a password only once a second admin approves, then end the user's sessions", async () => {
    const staff = await signInAs("STAFF");
    await signInAs("ADMIN");
    const filed = await resetUserPasswordAction({ userId: staff.user.id, password: "a-brand-new-password" });
    expect(filed.data?.status).toBe("pending");
    expect((await getDb().authSession.findUniqueOrThrow({ where: { id: staff.session.id } })).revokedAt).toBeNull();
    await signInAs("ADMIN");
    expect((await approveChangeRequestAction({ changeRequestId: filed.data!.changeRequestId })).data?.state).toBe("EXECUTED");
    const session = await getDb().authSession.findUniqueOrThrow({ where: { id: staff.session.id } });
    expect(session.revokedAt).not.toBeNull();
    expect(await getDb().auditEntry.count({ where: { action: "user.password_reset", targetId: staff.user.id } })).toBe(1);
  });
});
