import { describe, expect, it } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";
import { adminAsksPasswordReset } from "@/scripts/test-support/four-eyes";

import { listChangeRequests } from "./list-change-requests";

const asCurrent = (u: { id: string; email: string; name: string; role: CurrentUser["role"] }): CurrentUser => ({ ...u, sessionId: "s" });

describe("the approvals list", () => {
  it("says per person whether they may approve, with the same rules as the action, and never shows the new password", async () => {
    const { requester, theirs, target, changeRequestId: id } = await adminAsksPasswordReset("a-secret-new-password");

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

describe("an approved change whose provider outcome was never recorded", () => {
  it("stays on the list for everyone, with no Approve, so someone checks at the provider", async () => {
    const requester = (await signInAs("ADMIN")).user;
    const approver = (await signInAs("ADMIN")).user;
    const stuck = await getDb().changeRequest.create({
      data: {
        kind: "portfolio.block",
        payload: { portfolioId: "P01HZX3V8Q2K6M9N4R7T1W5Y0A", reason: "Crashed between the intent and the outcome" },
        summary: "Block portfolio P01HZX3V8Q2K6M9N4R7T1W5Y0A",
        targetType: "portfolio",
        targetId: "P01HZX3V8Q2K6M9N4R7T1W5Y0A",
        state: "APPROVED",
        requestedById: requester.id,
        decidedById: approver.id,
        decidedAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const viewer = (await signInAs("ADMIN")).user;
    const row = (await listChangeRequests(asCurrent(viewer))).pending.find((r) => r.id === stuck.id);
    expect(row).toMatchObject({
      state: "APPROVED",
      cannotApprove: "It is no longer pending.",
      canReject: false,
      decidedBy: approver.email,
    });
    expect((await listChangeRequests(asCurrent(requester))).mine.find((r) => r.id === stuck.id)).toBeUndefined();
  });
});
