import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { FOUR_EYES_CONDITIONS, roleChangeNeedsFourEyes } from "@/lib/auth/four-eyes-policy";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestChange, type Filed } from "@/lib/four-eyes/change-requests";
import type { ChangeUserRoleInput, CreateUserInput, ResetUserPasswordInput, SetUserDisabledInput } from "@/lib/validations/users";

import { applyRoleChange, EMAIL_TAKEN, emailTaken, insertUser, lockUser } from "./account-changes";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * User management. What one admin must not do alone (lib/auth/four-eyes-policy.ts:
 * create or promote an ADMIN, reset someone's password or second factor) only files
 * a change request here; another eligible admin approves it on /approvals and the
 * same functions in account-changes.ts then run. The rest stays direct.
 */

const self = (actor: CurrentUser) => ({ actor, by: actor.id });

export type Done<T> = { status: "done" } & T;

export async function createUser(actor: CurrentUser, input: CreateUserInput): Promise<Done<{ id: string }> | Filed> {
  if (await emailTaken(getDb(), input.email)) throw new AppError("CONFLICT", EMAIL_TAKEN(input.email));
  const passwordHash = await hashPassword(input.password);
  if (FOUR_EYES_CONDITIONS.createUser(input.role)) {
    return requestChange(actor, "user.create_admin", { email: input.email, name: input.name, role: "ADMIN", passwordHash });
  }
  try {
    const user = await getDb().$transaction((tx) =>
      insertUser(tx, self(actor), { email: input.email, name: input.name, role: input.role, passwordHash }),
    );
    return { status: "done", id: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", EMAIL_TAKEN(input.email));
    throw error;
  }
}

export async function changeUserRole(actor: CurrentUser, input: ChangeUserRoleInput): Promise<Done<{ role: string }> | Filed> {
  // An admin demoting themselves could leave the bank with no admin; another admin must do it.
  if (input.userId === actor.id) throw new AppError("INVALID", "You cannot change your own role. Ask another admin.");
  const target = await getDb().user.findUnique({ where: { id: input.userId } });
  if (!target) throw new AppError("NOT_FOUND", "That user does not exist.");
  if (roleChangeNeedsFourEyes(target.role, input.role)) {
    return requestChange(actor, "user.promote_admin", { userId: target.id, email: target.email, from: target.role });
  }
  const user = await getDb().$transaction((tx) => applyRoleChange(tx, self(actor), input.userId, input.role));
  return { status: "done", role: user.role };
}

export async function setUserDisabled(actor: CurrentUser, input: SetUserDisabledInput) {
  if (input.userId === actor.id) throw new AppError("INVALID", "You cannot disable your own account.");
  return getDb().$transaction(async (tx) => {
    const before = await lockUser(tx, input.userId);
    if (Boolean(before.disabledAt) === input.disabled) return before;
    const user = await tx.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } });
    if (input.disabled) await tx.authSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, {
      ...actorOf(actor),
      action: input.disabled ? "user.disabled" : "user.enabled",
      outcome: "SUCCESS",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email },
    });
    return user;
  });
}

/** Always four eyes: whoever sets a password for someone else could sign in as them. Stored hashed in the request. */
export async function resetUserPassword(actor: CurrentUser, input: ResetUserPasswordInput): Promise<Filed> {
  const target = await existingUser(input.userId);
  const passwordHash = await hashPassword(input.password);
  return requestChange(actor, "user.reset_password", { userId: target.id, email: target.email, passwordHash });
}

/** Always four eyes: removing a second factor lets whoever holds the password in. */
export async function resetUserSecondFactor(actor: CurrentUser, input: { userId: string }): Promise<Filed> {
  const target = await existingUser(input.userId);
  return requestChange(actor, "user.reset_second_factor", { userId: target.id, email: target.email });
}

async function existingUser(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "That user does not exist.");
  return user;
}
