import { describe, expect, it } from "vitest";

import { resetUserPasswordAction } from "@/lib/actions/users";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";
import { accountsOf, actAs } from "@/scripts/test-support/four-eyes";

import { listChangeRequests } from "./list-change-requests";

const asCurrent = (u: { id: string; email: string; name: string; role: CurrentUser["role"] }): CurrentUser => ({ ...u, sessionId: "s" });

describe("the approvals list", () => {
  it("says per person whether they may approve, with the same rules as the action, and never shows the new password", async () => {
    const requester = (await signInAs("ADMIN")).user;
    const theirs = await accountsOf(requester);
    const target = (await signInAs("STAFF")).user;
    await actAs(requester.id);
    const filed = await resetUserPasswordAction({ userId: target.id, password: "a-secret-new-password" });
    const id = (filed.data as { changeRequestId: string }).changeRequestId;

    const rowFor = async (user: CurrentUser) => (await listChangeRequests(user)).pending.find((r) => r.id === id)!;
    const mine = await rowFor(asCurrent(requester));
    expect(mine).toMatchObject({
      mine: true,
      cannotApprove: "You asked for this.",
      canReject: false,
      summary: `Reset the password of ${target.email}`,
    });
    expect(mine.values).toEqual({ email: target.email, password: "(new, hidden)" });
    expect(JSON.stringify(mine)).not.toMatch(/argon2|a-secret-new-password/);

    const created = await getDb().user.findUniqueOrThrow({ where: { id: theirs.created } });
    expect((await rowFor(asCurrent(created))).cannotApprove).toMatch(/created, promoted or reset by one another/);
    expect((await rowFor(asCurrent(target))).cannotApprove).toBe("Your role may not approve this.");
    const other = (await signInAs("ADMIN")).user;
    expect(await rowFor(asCurrent(other))).toMatchObject({
      cannotApprove: null,
      canReject: true,
      mine: false,
      requestedBy: requester.email,
    });
  });
});
