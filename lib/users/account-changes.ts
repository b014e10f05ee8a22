import "server-only";

import type { AccountChangeKind, Role } from "@/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/audit-types";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { lockRowOrThrow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * The account changes themselves, DB-only and inside the caller's transaction: used
 * directly (creating STAFF/COMPLIANCE, other role changes) and by the four-eyes
 * executors after approval. Each writes an AccountChange row naming who asked
 * (`by`), because four eyes reads those rows to keep that person's accounts from
 * approving their requests; the audit entry names who did it and any change request.
 */

export type Doer = { actor: CurrentUser; by: string; changeRequestId?: string };

const via = (doer: Doer) => (doer.changeRequestId ? { changeRequestId: doer.changeRequestId, requestedById: doer.by } : {});

/** One change to `userId`: its AccountChange row (who asked) and its audit entry (who did it, and any change request). */
async function record(tx: Tx, doer: Doer, userId: string, kind: AccountChangeKind, action: AuditAction, details: Record<string, unknown>) {
  await tx.accountChange.create({ data: { userId, byUserId: doer.by, kind } });
  await writeAudit(tx, {
    ...actorOf(doer.actor),
    action,
    outcome: "SUCCESS",
    targetType: "user",
    targetId: userId,
    details: { ...details, ...via(doer) },
  });
}

/** A password someone else chose: the holder must pick their own, and whoever held the old one is signed out. */
async function revokeSessions(tx: Tx, userId: string, now: Date) {
  await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Row lock so two admins editing the same user are serialised, and the audit's "before" is true. */
export async function lockUser(tx: Tx, userId: string) {
  await lockRowOrThrow(tx, "User", userId, "That user does not exist.");
  return tx.user.findUniqueOrThrow({ where: { id: userId } });
}

export async function emailTaken(tx: { user: { count(args: { where: { email: string } }): Promise<number> } }, email: string) {
  return (await tx.user.count({ where: { email } })) > 0;
}

export const EMAIL_TAKEN = (email: string) => `A user with the email ${email} already exists.`;

export async function insertUser(tx: Tx, doer: Doer, data: { email: string; name: string; role: Role; passwordHash: string }) {
  if (await emailTaken(tx, data.email)) throw new AppError("CONFLICT", EMAIL_TAKEN(data.email));
  const user = await tx.user.create({
    data: { ...data, createdById: doer.by, mustChangePassword: true },
    select: { id: true, email: true },
  });
  await record(tx, doer, user.id, "CREATED", "user.created", { email: data.email, role: data.role });
  return user;
}

export async function applyRoleChange(tx: Tx, doer: Doer, userId: string, role: Role) {
  const before = await lockUser(tx, userId);
  if (before.role === role) return before;
  const user = await tx.user.update({ where: { id: userId }, data: { role } });
  await record(tx, doer, userId, "ROLE_CHANGED", "user.role_changed", { email: user.email, from: before.role, to: role });
  return user;
}

export async function applyPasswordReset(tx: Tx, doer: Doer, userId: string, passwordHash: string) {
  await lockUser(tx, userId);
  const now = new Date();
  const user = await tx.user.update({
    where: { id: userId },
    data: { passwordHash, passwordChangedAt: now, mustChangePassword: true },
  });
  await revokeSessions(tx, userId, now);
  await record(tx, doer, userId, "PASSWORD_RESET", "user.password_reset", { email: user.email });
  return user;
}

/** Removes the second factor entirely (secret, enrolment, recovery codes): the user enrols again at next sign-in. */
export async function applySecondFactorReset(tx: Tx, doer: Doer, userId: string) {
  await lockUser(tx, userId);
  const now = new Date();
  const user = await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await revokeSessions(tx, userId, now);
  await record(tx, doer, userId, "SECOND_FACTOR_RESET", "user.second_factor_reset", { email: user.email });
  return user;
}
