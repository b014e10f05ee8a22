import { beforeEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { changeUserRole, setUserDisabled } from "@/lib/users/manage-users";
import { setSession, signInAs } from "@/scripts/test-support/auth";

import { authorize, getCurrentUser } from "./session";

describe("getCurrentUser decides from the database on every request", () => {
  let admin: Awaited<ReturnType<typeof signInAs>>;
  beforeEach(async () => {
    admin = await signInAs("ADMIN");
  });

  it("a role change takes effect on the user's very next request", async () => {
    const staff = await signInAs("STAFF");
    expect((await getCurrentUser())?.role).toBe("STAFF");
    await changeUserRole({ ...admin.user, sessionId: admin.session.id }, { userId: staff.user.id, role: "COMPLIANCE" });
    expect((await getCurrentUser())?.role).toBe("COMPLIANCE");
  });

  it("a disabled user is signed out on the very next request", async () => {
    const staff = await signInAs("STAFF");
    expect(await getCurrentUser()).not.toBeNull();
    await setUserDisabled({ ...admin.user, sessionId: admin.session.id }, { userId: staff.user.id, disabled: true });
    expect(await getCurrentUser()).toBeNull();
    await expect(authorize("home.read", "test")).rejects.toThrow(/sign in again/);
  });

  it("an idle session ends after SESSION_IDLE_MINUTES", async () => {
    const { session } = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("a session ends SESSION_ABSOLUTE_HOURS after sign-in even when active", async () => {
    const { session } = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: session.id }, data: { createdAt: new Date(Date.now() - 12 * 3_600_000 - 1000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("a revoked (signed-out) session and an unknown session id are refused", async () => {
    const { session } = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
    setSession({ sid: "does-not-exist" });
    expect(await getCurrentUser()).toBeNull();
  });

  it("records activity so the idle timer restarts", async () => {
    const { session } = await signInAs("STAFF");
    const old = new Date(Date.now() - 10 * 60_000);
    await getDb().authSession.update({ where: { id: session.id }, data: { lastSeenAt: old } });
    expect((await getCurrentUser())?.id).toBeDefined();
    const after = await getDb().authSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });
});
