import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";
import {
  accountsOf,
  actAs,
  adminAsksPasswordReset,
  coolingOffRefusals,
  pastCoolingOff,
  type Person,
  type Refusal,
} from "@/scripts/test-support/four-eyes";

import { approveChangeRequestAction, cancelChangeRequestAction, rejectChangeRequestAction } from "./approvals";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, resetUserSecondFactorAction } from "./users";

/**
 * Four eyes on user management, tested at the actions: admin A asks; A, an account A
 * created, promoted or reset, and a STAFF user are all refused and nothing changes;
 * an independent admin approves and the change happens with its AccountChange row.
 */

let requester: Person;
let mine: Awaited<ReturnType<typeof accountsOf>>;

beforeAll(async () => {
  requester = (await signInAs("ADMIN")).user;
  mine = await accountsOf(requester);
});

type Filed = { data?: { status?: string; changeRequestId?: string }; serverError?: string };

/** Everything a user change could touch; users created after `since` are the refused STAFF callers themselves. */
async function snapshot(changeRequestId: string, since: Date) {
  const db = getDb();
  return {
    request: await db.changeRequest.findUniqueOrThrow({ where: { id: changeRequestId } }),
    users: await db.user.findMany({
      where: { OR: [{ createdAt: { lte: since } }, { role: { not: "STAFF" } }] },
      orderBy: { id: "asc" },
      omit: { passwordHash: false, totpSecret: false },
    }),
    changes: await db.accountChange.count(),
    recoveryCodes: await db.recoveryCode.count(),
  };
}

/** Each kind: how A files it, and what must be true once it is approved. */
const KINDS: { kind: string; file: () => Promise<Filed>; applied: () => Promise<void> }[] = [
  {
    kind: "user.create_admin",
    file: () => createUserAction({ email: "second-admin@test.example", name: "Second", role: "ADMIN", password: "plum-orchard-ladder-31" }),
    applied: async () => {
      const user = await getDb().user.findUniqueOrThrow({ where: { email: "second-admin@test.example" } });
      expect(user).toMatchObject({ role: "ADMIN", createdById: requester.id, mustChangePassword: true });
      expect(await getDb().accountChange.count({ where: { userId: user.id, byUserId: requester.id, kind: "CREATED" } })).toBe(1);
    },
  },
  (() => {
    let staffId = "";
    return {
      kind: "user.promote_admin",
      file: async () => {
        staffId = (await signInAs("STAFF")).user.id;
        await actAs(requester.id);
        return changeUserRoleAction({ userId: staffId, role: "ADMIN" });
      },
      applied: async () => {
        expect((await getDb().user.findUniqueOrThrow({ where: { id: staffId } })).role).toBe("ADMIN");
        expect(await getDb().accountChange.count({ where: { userId: staffId, byUserId: requester.id, kind: "ROLE_CHANGED" } })).toBe(1);
      },
    };
  })(),
  (() => {
    let target = { userId: "", sessionId: "" };
    return {
      kind: "user.reset_password",
      file: async () => {
        const staff = await signInAs("STAFF");
        target = { userId: staff.user.id, sessionId: staff.session.id };
        await actAs(requester.id);
        return resetUserPasswordAction({ userId: staff.user.id, password: "a-brand-new-password" });
      },
      applied: async () => {
        const user = await getDb().user.findUniqueOrThrow({ where: { id: target.userId } });
        expect(user.mustChangePassword).toBe(true);
        expect((await getDb().authSession.findUniqueOrThrow({ where: { id: target.sessionId } })).revokedAt).not.toBeNull();
        expect(await getDb().accountChange.count({ where: { userId: target.userId, kind: "PASSWORD_RESET" } })).toBe(1);
      },
    };
  })(),
  (() => {
    let userId = "";
    return {
      kind: "user.reset_second_factor",
      file: async () => {
        userId = (await signInAs("COMPLIANCE")).user.id;
        await getDb().user.update({ where: { id: userId }, data: { totpSecret: "enc:secret", totpEnabledAt: new Date() } });
        await getDb().recoveryCode.createMany({
          data: [
            { userId, codeHash: "h1" },
            { userId, codeHash: "h2" },
          ],
        });
        await actAs(requester.id);
        return resetUserSecondFactorAction({ userId });
      },
      applied: async () => {
        const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, omit: { totpSecret: false } });
        expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null });
        expect(await getDb().recoveryCode.count({ where: { userId } })).toBe(0);
        expect(await getDb().accountChange.count({ where: { userId, kind: "SECOND_FACTOR_RESET" } })).toBe(1);
      },
    };
  })(),
];

describe.each(KINDS)("four eyes on $kind", ({ kind, file, applied }) => {
  it("is only filed; the requester, their created, promoted and reset accounts and STAFF are refused; an independent admin approves", async () => {
    await actAs(requester.id);
    const filed = await file();
    expect(filed.serverError).toBeUndefined();
    expect(filed.data?.status).toBe("pending");
    const id = (filed.data as { changeRequestId: string }).changeRequestId!;
    expect((await getDb().changeRequest.findUniqueOrThrow({ where: { id } })).kind).toBe(kind);
    const since = new Date();
    const before = await snapshot(id, since);

    const refusals: Refusal[] = [
      ["requester", () => actAs(requester.id), /You asked for this change/],
      ...coolingOffRefusals(mine),
      ["staff", async () => void (await signInAs("STAFF")), /Your role \(STAFF\) may not approve this \(users\.manage\)/],
    ];
    for (const [who, become, message] of refusals) {
      await become();
      const result = await approveChangeRequestAction({ changeRequestId: id });
      expect(result.serverError, who).toMatch(message);
      expect(await snapshot(id, since), who).toEqual(before);
    }
    const denials = await getDb().auditEntry.findMany({ where: { action: "action.denied", targetId: id } });
    expect(denials.map((d) => d.outcome)).toEqual(["DENIED", "DENIED", "DENIED", "DENIED", "DENIED"]);

    const approver = (await signInAs("ADMIN")).user;
    const approved = await approveChangeRequestAction({ changeRequestId: id });
    expect(approved.serverError).toBeUndefined();
    expect(approved.data?.state).toBe("EXECUTED");
    await applied();
    const request = await getDb().changeRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({ state: "EXECUTED", decidedById: approver.id, requestedById: requester.id });
    const trail = await getDb().auditEntry.findMany({ where: { targetId: id, outcome: "SUCCESS" }, orderBy: { id: "asc" } });
    expect(trail.map((t) => t.action)).toEqual(["change_request.requested", "change_request.executed"]);
    expect((await approveChangeRequestAction({ changeRequestId: id })).serverError).toMatch(/executed and can no longer be decided/);
  });
});

describe("cooling-off", () => {
  it("lets the account the requester created approve once the window has passed", async () => {
    const { requester: a, theirs, changeRequestId } = await adminAsksPasswordReset("another-new-password");
    await actAs(theirs.created);
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/within the last 72 hours/);
    await pastCoolingOff(a.id);
    const approved = await approveChangeRequestAction({ changeRequestId });
    expect(approved.data?.state).toBe("EXECUTED");
  });
});

describe("direct changes and the rest of the flow", () => {
  it("creating STAFF stays direct, and records who created it", async () => {
    const admin = (await signInAs("ADMIN")).user;
    const result = await createUserAction({
      email: "direct-staff@test.example",
      name: "Direct",
      role: "STAFF",
      password: "quiet-harbour-lantern-52",
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.status).toBe("done");
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "direct-staff@test.example" } });
    expect(user).toMatchObject({ role: "STAFF", createdById: admin.id, mustChangePassword: true });
    expect(await getDb().accountChange.count({ where: { userId: user.id, byUserId: admin.id, kind: "CREATED" } })).toBe(1);
  });

  it("a second request for the same change is refused while one is pending; the requester cancels, others reject with a reason", async () => {
    const staff = (await signInAs("STAFF")).user;
    const a = (await signInAs("ADMIN")).user;
    const first = await changeUserRoleAction({ userId: staff.id, role: "ADMIN" });
    expect((await changeUserRoleAction({ userId: staff.id, role: "ADMIN" })).serverError).toMatch(/already waiting for approval/);
    const other = (await signInAs("ADMIN")).user;
    expect(
      (await cancelChangeRequestAction({ changeRequestId: (first.data as { changeRequestId: string }).changeRequestId })).serverError,
    ).toMatch(/Only the person who asked/);
    expect(
      (await rejectChangeRequestAction({ changeRequestId: (first.data as { changeRequestId: string }).changeRequestId, reason: "no" }))
        .validationErrors,
    ).toBeDefined();
    expect(
      (
        await rejectChangeRequestAction({
          changeRequestId: (first.data as { changeRequestId: string }).changeRequestId,
          reason: "Not agreed with the team",
        })
      ).data,
    ).toEqual({ ok: true });
    expect(
      await getDb().changeRequest.findUniqueOrThrow({ where: { id: (first.data as { changeRequestId: string }).changeRequestId } }),
    ).toMatchObject({
      state: "REJECTED",
      decidedById: other.id,
      reason: "Not agreed with the team",
    });
    await actAs(a.id);
    const second = await changeUserRoleAction({ userId: staff.id, role: "ADMIN" });
    expect(
      (await cancelChangeRequestAction({ changeRequestId: (second.data as { changeRequestId: string }).changeRequestId })).data,
    ).toEqual({ ok: true });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("STAFF");
  });

  it("an expired request cannot be approved", async () => {
    const staff = (await signInAs("STAFF")).user;
    await signInAs("ADMIN");
    const filed = await changeUserRoleAction({ userId: staff.id, role: "ADMIN" });
    await getDb().changeRequest.update({
      where: { id: (filed.data as { changeRequestId: string }).changeRequestId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await signInAs("ADMIN");
    expect(
      (await approveChangeRequestAction({ changeRequestId: (filed.data as { changeRequestId: string }).changeRequestId })).serverError,
    ).toMatch(/expired/);
    expect(
      (await getDb().changeRequest.findUniqueOrThrow({ where: { id: (filed.data as { changeRequestId: string }).changeRequestId } })).state,
    ).toBe("EXPIRED");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("STAFF");
  });
});

describe("concurrent approvals", () => {
  it("ten approvals at once execute the change exactly once (the request row is locked)", async () => {
    await signInAs("ADMIN");
    const filed = await createUserAction({
      email: "raced-admin@test.example",
      name: "Raced",
      role: "ADMIN",
      password: "amber-meadow-violin-64",
    });
    const changeRequestId = (filed.data as { changeRequestId: string }).changeRequestId;
    await signInAs("ADMIN");
    const results = await Promise.all(Array.from({ length: 10 }, () => approveChangeRequestAction({ changeRequestId })));
    expect(results.filter((r) => r.data?.state === "EXECUTED")).toHaveLength(1);
    expect(results.filter((r) => r.serverError?.includes("executed and can no longer be decided"))).toHaveLength(9);
    expect(await getDb().user.count({ where: { email: "raced-admin@test.example" } })).toBe(1);
    expect(await getDb().auditEntry.count({ where: { targetId: changeRequestId, action: "change_request.executed" } })).toBe(1);
  });
});
