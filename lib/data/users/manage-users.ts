import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeUserRoleInput, CreateUserInput, ResetUserPasswordInput, SetUserDisabledInput } from "@/lib/validations/users";

const actorOf = (actor: CurrentUser) => ({ actorId: actor.id, actorEmail: actor.email, actorRole: actor.role });

export async function createUser(actor: CurrentUser, input: CreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true },
      });
      await writeAudit(tx, {
        ...actorOf(actor),
        action: "user.created",
        outcome: "SUCCESS",
        targetType: "user",
        targetId: user.id,
        details: { email: input.email, role: input.role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A user with the email ${input.email} already exists.`);
    }
    throw error;
  }
}

export async function changeUserRole(actor: CurrentUser, input: ChangeUserRoleInput) {
  // An admin demoting themselves could leave the bank with no admin; another admin must do it.
  if (input.userId === actor.id) throw new AppError("INVALID", "You cannot change your own role. Ask another admin.");
  return getDb().$transaction(async (tx) => {
    const before = await lockUser(tx, input.userId);
    if (before.role === input.role) return before;
    const user = await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await writeAudit(tx, {
      ...actorOf(actor),
      action: "user.role_changed",
      outcome: "SUCCESS",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, from: before.role, to: input.role },
    });
    return user;
  });
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

export async function resetUserPassword(actor: CurrentUser, input: ResetUserPasswordInput) {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    await lockUser(tx, input.userId);
    const now = new Date();
    const user = await tx.user.update({ where: { id: input.userId }, data: { passwordHash, passwordChangedAt: now } });
    // Whoever held the old password is signed out everywhere.
    await tx.authSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await writeAudit(tx, {
      ...actorOf(actor),
      action: "user.password_reset",
      outcome: "SUCCESS",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email },
    });
    return user;
  });
}

/** Row lock so two admins editing the same user are serialised, and the audit's "before" is true. */
async function lockUser(tx: Tx, userId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That user does not exist.");
  return tx.user.findUniqueOrThrow({ where: { id: userId } });
}
