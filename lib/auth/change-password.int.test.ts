import { describe, expect, it } from "vitest";

import { changeOwnPasswordAction } from "@/lib/actions/account";
import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";

import { verifyPassword } from "./password";
import { getCurrentUser, getSessionState } from "./session";

const NEW = "violet-harbour-tractor-42";

describe("forced password change", () => {
  it("a user whose password someone else set reaches nothing until they choose a new one; then the flag clears and other sessions end", async () => {
    const { user, session } = await signInAs("STAFF", { partial: "password-change" });
    const other = await getDb().authSession.create({ data: { userId: user.id, secondFactorVerifiedAt: new Date() } });
    expect((await getSessionState())?.pending).toBe("change-password");
    expect(await getCurrentUser()).toBeNull();

    const wrongCurrent = await changeOwnPasswordAction({ currentPassword: "not-it", newPassword: NEW, confirmPassword: NEW });
    expect(wrongCurrent.serverError).toBe("Your current password is not right.");

    const weak = await changeOwnPasswordAction({
      currentPassword: "integration-password",
      newPassword: "password1234",
      confirmPassword: "password1234",
    });
    expect(weak.validationErrors).toBeDefined();
    const containsEmail = `${user.email}-x`;
    const withEmail = await changeOwnPasswordAction({
      currentPassword: "integration-password",
      newPassword: containsEmail,
      confirmPassword: containsEmail,
    });
    expect(withEmail.serverError).toMatch(/email/);

    const ok = await changeOwnPasswordAction({ currentPassword: "integration-password", newPassword: NEW, confirmPassword: NEW });
    expect(ok.data).toEqual({ otherSessionsRevoked: 1, next: "/" });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect((await getDb().authSession.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).not.toBeNull();
    expect((await getDb().authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
    expect((await getCurrentUser())?.id).toBe(user.id);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { actorId: user.id, action: "auth.password_changed" } });
    expect(audit.details).toMatchObject({ forced: true, otherSessionsRevoked: 1 });
  });

  it("a fully signed-in user may change it voluntarily", async () => {
    const { user } = await signInAs("COMPLIANCE");
    const ok = await changeOwnPasswordAction({ currentPassword: "integration-password", newPassword: NEW, confirmPassword: NEW });
    expect(ok.data?.next).toBe("/");
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { actorId: user.id, action: "auth.password_changed" } });
    expect(audit.details).toMatchObject({ forced: false });
  });

  it("an ADMIN who still owes a second-factor code cannot change the password first", async () => {
    await signInAs("ADMIN", { partial: "second-factor" });
    const result = await changeOwnPasswordAction({ currentPassword: "integration-password", newPassword: NEW, confirmPassword: NEW });
    expect(result.serverError).toMatch(/second-factor step first/);
  });
});
