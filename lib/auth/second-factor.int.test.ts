import { describe, expect, it, vi } from "vitest";

import { confirmSecondFactorEnrolmentAction, verifySecondFactorAction } from "@/lib/actions/account";
import { getDb } from "@/lib/db";
import { setSession, signInAs } from "@/scripts/test-support/auth";

import { pendingEnrolment } from "./second-factor";
import { getCurrentUser, getSessionState } from "./session";
import { currentTotpCode } from "./totp";

/** An ADMIN who has just typed the right password and has no second factor yet. */
async function adminAtEnrolment() {
  const { user, session } = await signInAs("ADMIN");
  await getDb().authSession.update({ where: { id: session.id }, data: { secondFactorVerifiedAt: null } });
  return { user, session };
}

/** Enrols the admin's second factor; returns the secret and recovery codes. */
async function enrolledAdmin() {
  const { user, session } = await adminAtEnrolment();
  const state = (await getSessionState())!;
  const enrolment = (await pendingEnrolment(state.user))!;
  const result = await confirmSecondFactorEnrolmentAction({ code: currentTotpCode(enrolment.secret) });
  expect(result.serverError).toBeUndefined();
  return { user, session, secret: enrolment.secret, recoveryCodes: result.data!.recoveryCodes };
}

/** A new sign-in of the same user: password accepted, code not yet entered. */
async function newPartialSession(userId: string) {
  const session = await getDb().authSession.create({ data: { userId } });
  setSession({ sid: session.id });
  return session;
}

const audits = (userId: string, action: string) => getDb().auditEntry.count({ where: { actorId: userId, action } });

describe("second factor: enrolment", () => {
  it("shows a secret, stores it encrypted, and a right code enables it with ten hashed recovery codes", async () => {
    const { user, session } = await adminAtEnrolment();
    expect((await getSessionState())?.pending).toBe("enrol-second-factor");
    const state = (await getSessionState())!;
    const first = (await pendingEnrolment(state.user))!;
    expect(first.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // A reload shows the same secret (the user may already have scanned it).
    expect((await pendingEnrolment(state.user))!.secret).toBe(first.secret);
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { totpSecret: false } });
    expect(stored.totpSecret).not.toContain(first.secret);
    expect(stored.totpEnabledAt).toBeNull();

    expect((await confirmSecondFactorEnrolmentAction({ code: "000000" })).serverError).toMatch(/not right/);
    expect(await audits(user.id, "auth.second_factor_failed")).toBe(1);

    const result = await confirmSecondFactorEnrolmentAction({ code: currentTotpCode(first.secret) });
    expect(result.data?.recoveryCodes).toHaveLength(10);
    expect(result.data?.next).toBe("/");
    const rows = await getDb().recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(result.data!.recoveryCodes.map((c) => c.replace(/-/g, ""))).not.toContain(row.codeHash);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    expect((await getDb().authSession.findUniqueOrThrow({ where: { id: session.id } })).secondFactorVerifiedAt).not.toBeNull();
    expect(await audits(user.id, "auth.second_factor_enrolled")).toBe(1);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("a STAFF user may enrol voluntarily and then needs the code at every sign-in", async () => {
    const { user } = await signInAs("STAFF");
    const state = (await getSessionState())!;
    const enrolment = (await pendingEnrolment(state.user))!;
    expect((await confirmSecondFactorEnrolmentAction({ code: currentTotpCode(enrolment.secret) })).data?.recoveryCodes).toHaveLength(10);
    await newPartialSession(user.id);
    expect((await getSessionState())?.pending).toBe("verify-second-factor");
  });
});

describe("second factor: sign-in", () => {
  it("a right TOTP code completes the sign-in; a wrong one is refused and audited", async () => {
    const { user, secret } = await enrolledAdmin();
    const session = await newPartialSession(user.id);
    expect(await getCurrentUser()).toBeNull();
    expect((await verifySecondFactorAction({ code: "123456" })).serverError).toMatch(/not right/);
    expect(await getCurrentUser()).toBeNull();
    // The next step's code (accepted for clock drift): this step's was spent at enrolment.
    const ok = await verifySecondFactorAction({ code: currentTotpCode(secret, Date.now() + 30_000) });
    expect(ok.data).toMatchObject({ usedRecoveryCode: false, next: "/" });
    expect((await getCurrentUser())?.sessionId).toBe(session.id);
    expect(await audits(user.id, "auth.second_factor_verified")).toBe(1);
    expect(await audits(user.id, "auth.second_factor_failed")).toBe(1);
  });

  it("a TOTP code works once: the same code cannot open a second session", async () => {
    // Only Date is faked, at 10 s into a 30 s step, so every code below belongs to a known step.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.floor(Date.now() / 30_000) * 30_000 + 10_000);
    try {
      const { user, secret } = await enrolledAdmin(); // spends this step's code
      await newPartialSession(user.id);
      expect((await verifySecondFactorAction({ code: currentTotpCode(secret) })).serverError).toMatch(/not right/);
      vi.setSystemTime(Date.now() + 30_000);
      const next = currentTotpCode(secret);
      expect((await verifySecondFactorAction({ code: next })).serverError).toBeUndefined();
      await newPartialSession(user.id);
      expect((await verifySecondFactorAction({ code: next })).serverError).toMatch(/not right/);
      expect(await getCurrentUser()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a recovery code works once", async () => {
    const { user, recoveryCodes } = await enrolledAdmin();
    await newPartialSession(user.id);
    const first = await verifySecondFactorAction({ code: recoveryCodes[3]!.toLowerCase() });
    expect(first.data).toMatchObject({ usedRecoveryCode: true, recoveryCodesLeft: 9 });
    expect(await audits(user.id, "auth.recovery_code_used")).toBe(1);
    await newPartialSession(user.id);
    expect((await verifySecondFactorAction({ code: recoveryCodes[3]! })).serverError).toMatch(/not right/);
    expect(await getCurrentUser()).toBeNull();
  });

  it("wrong codes are limited like passwords: after 5, even the right code is refused", async () => {
    const { user, secret } = await enrolledAdmin();
    await newPartialSession(user.id);
    for (let i = 0; i < 5; i++) expect((await verifySecondFactorAction({ code: "000000" })).serverError).toMatch(/not right/);
    expect((await verifySecondFactorAction({ code: currentTotpCode(secret) })).serverError).toMatch(/Too many wrong codes/);
    expect(await getCurrentUser()).toBeNull();
  });

  it("20 concurrent wrong codes: at most 5 are evaluated", async () => {
    const { user } = await enrolledAdmin();
    await newPartialSession(user.id);
    const results = await Promise.all(Array.from({ length: 20 }, () => verifySecondFactorAction({ code: "000000" })));
    expect(results.filter((r) => /not right/.test(r.serverError ?? ""))).toHaveLength(5);
    expect(await audits(user.id, "auth.second_factor_failed")).toBe(5);
  });
});
