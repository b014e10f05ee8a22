import "server-only";

import { auditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getRequestContext } from "@/lib/request-context";
import { passwordProblem } from "@/lib/validations/password-rules";
import type { ChangeOwnPasswordInput } from "@/lib/validations/users";

import { hashPassword, verifyPassword } from "./password";
import { clearSignInFailures, reserveSignInAttempt } from "./rate-limit";
import type { SessionUser } from "./session-state";

/**
 * A user sets their own password: forced after someone else set it (mustChangePassword),
 * or by choice. The current password is asked again (a walk-up on an unlocked screen
 * must not be able to take the account) and counts against the sign-in limit. On success
 * the flag clears and every other session of the user is revoked, in one transaction
 * with the audit entry.
 */
export async function changeOwnPassword(user: SessionUser, input: ChangeOwnPasswordInput): Promise<{ otherSessionsRevoked: number }> {
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw new AppError("INVALID", problem);
  const { ip } = await getRequestContext();
  if (!(await reserveSignInAttempt(user.email, ip))) {
    throw new AppError("FORBIDDEN", "Too many failed attempts. Wait 15 minutes and try again, or ask an admin.");
  }
  const current = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    await auditAs(getDb(), user, "auth.sign_in_failed", null, { reason: "wrong_current_password" }, "DENIED");
    throw new AppError("INVALID", "Your current password is not right.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const revoked = await getDb().$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now, mustChangePassword: false } });
    const others = await tx.authSession.updateMany({
      where: { userId: user.id, id: { not: user.sessionId }, revokedAt: null },
      data: { revokedAt: now },
    });
    await auditAs(
      tx,
      user,
      "auth.password_changed",
      { type: "user", id: user.id },
      { forced: current.mustChangePassword, otherSessionsRevoked: others.count },
    );
    return others.count;
  });
  await clearSignInFailures(user.email);
  return { otherSessionsRevoked: revoked };
}
