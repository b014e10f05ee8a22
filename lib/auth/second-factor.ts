import "server-only";

import QRCode from "qrcode";

import { auditAs } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getRequestContext } from "@/lib/request-context";

import { clearSignInFailures, reserveSignInAttempt } from "./rate-limit";
import type { SessionUser } from "./session-state";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from "./totp";

const TOO_MANY = "Too many wrong codes. Wait 15 minutes and try again, or ask an admin.";
const WRONG_CODE = "That code is not right. Check the time on your phone and try the newest code.";

async function readSecret(userId: string) {
  return getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
}

/**
 * The secret being enrolled, shown as QR code and text. Created on first view and kept
 * (encrypted, totpEnabledAt still null) until confirmed with a code, so a reload shows
 * the same one the user may already have scanned.
 */
export async function pendingEnrolment(user: SessionUser) {
  const master = getEnv().NEXTAUTH_SECRET;
  const stored = await readSecret(user.id);
  if (stored.totpEnabledAt) return null;
  let secret = stored.totpSecret ? safeDecrypt(stored.totpSecret, master) : null;
  if (!secret) {
    secret = newTotpSecret();
    await getDb().user.update({ where: { id: user.id }, data: { totpSecret: encryptTotpSecret(secret, master) } });
  }
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

function safeDecrypt(stored: string, master: string): string | null {
  try {
    return decryptTotpSecret(stored, master);
  } catch {
    return null; // NEXTAUTH_SECRET changed since: a new secret is enrolled
  }
}

/** Wrong codes count against the account like wrong passwords (one limit, one window). */
async function reserveAttempt(user: SessionUser) {
  const { ip } = await getRequestContext();
  if (!(await reserveSignInAttempt(user.email, ip))) {
    await auditAs(getDb(), user, "auth.sign_in_blocked", null, { reason: "second_factor_rate_limited" }, "DENIED");
    throw new AppError("FORBIDDEN", TOO_MANY);
  }
}

async function refuse(user: SessionUser, step: "enrolment" | "sign_in"): Promise<never> {
  await auditAs(getDb(), user, "auth.second_factor_failed", null, { step }, "DENIED");
  throw new AppError("INVALID", WRONG_CODE);
}

/** Confirms enrolment with a first code; returns the ten recovery codes, shown once. */
export async function confirmEnrolment(user: SessionUser, code: string): Promise<string[]> {
  await reserveAttempt(user);
  const master = getEnv().NEXTAUTH_SECRET;
  const stored = await readSecret(user.id);
  if (stored.totpEnabledAt) throw new AppError("CONFLICT", "A second factor is already set up for this account.");
  const secret = stored.totpSecret ? safeDecrypt(stored.totpSecret, master) : null;
  if (!secret) throw new AppError("CONFLICT", "Reload the page to get a new secret, then enter its code.");
  const step = matchTotpStep(secret, code);
  if (step === null) return refuse(user, "enrolment");
  const codes = newRecoveryCodes();
  await getDb().$transaction(async (tx) => {
    const now = new Date();
    // Only one confirmation wins (two tabs): the second finds totpEnabledAt already set.
    const enabled = await tx.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpEnabledAt: now } });
    if (enabled.count !== 1) throw new AppError("CONFLICT", "A second factor is already set up for this account.");
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c, master) })) });
    await tx.authSession.update({ where: { id: user.sessionId }, data: { secondFactorVerifiedAt: now } });
    await auditAs(tx, user, "auth.second_factor_enrolled", { type: "user", id: user.id }, { totpStep: step });
  });
  await clearSignInFailures(user.email);
  return codes;
}

/** The second step of sign-in: a TOTP code, or a recovery code (each works once). */
export async function verifySecondFactor(
  user: SessionUser,
  code: string,
): Promise<{ usedRecoveryCode: boolean; recoveryCodesLeft: number }> {
  await reserveAttempt(user);
  const master = getEnv().NEXTAUTH_SECRET;
  const stored = await readSecret(user.id);
  if (!stored.totpEnabledAt || !stored.totpSecret) throw new AppError("CONFLICT", "No second factor is set up for this account.");
  const now = new Date();
  const recovery = looksLikeRecoveryCode(code);
  const secret = safeDecrypt(stored.totpSecret, master);
  const result = await getDb().$transaction(async (tx) => {
    // One verification per user at a time, so the replay check below cannot race.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`second-factor:${user.id}`}, 0))`;
    let step: number | null = null;
    if (recovery) {
      // Spending is one conditional update, so a code used twice at once is accepted once.
      const spent = await tx.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(code, master), usedAt: null },
        data: { usedAt: now },
      });
      if (spent.count !== 1) return null;
    } else {
      step = secret ? matchTotpStep(secret, code) : null;
      // A code seen over a shoulder (or phished) must not open a second session: each time step works once.
      if (step === null || (await totpStepUsed(tx, user.id, step))) return null;
    }
    await tx.authSession.update({ where: { id: user.sessionId }, data: { secondFactorVerifiedAt: now } });
    const left = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    await auditAs(
      tx,
      user,
      recovery ? "auth.recovery_code_used" : "auth.second_factor_verified",
      { type: "session", id: user.sessionId },
      recovery ? { recoveryCodesLeft: left } : { totpStep: step },
    );
    return { usedRecoveryCode: recovery, recoveryCodesLeft: left };
  });
  if (!result) return refuse(user, "sign_in");
  await clearSignInFailures(user.email);
  return result;
}

/** The audit trail is the record of accepted codes (append-only); only the last few minutes matter. */
async function totpStepUsed(tx: Tx, userId: string, step: number): Promise<boolean> {
  const used = await tx.auditEntry.findFirst({
    where: {
      actorId: userId,
      action: { in: ["auth.second_factor_verified", "auth.second_factor_enrolled"] },
      createdAt: { gte: new Date(Date.now() - 5 * 60_000) },
      details: { path: ["totpStep"], equals: step },
    },
    select: { id: true },
  });
  return used !== null;
}
