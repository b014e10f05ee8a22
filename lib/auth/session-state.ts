import "server-only";

import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

import { checkSession, shouldTouch } from "./session-policy";

/**
 * What a session still has to do before it is fully signed in. A partial session may
 * reach only the page for its step and sign-out; every other page redirects there and
 * every server action and route is refused (lib/auth/session.ts `authorize`).
 */
export type PendingStep = "enrol-second-factor" | "verify-second-factor" | "change-password";

export const STEP_PATHS: Record<PendingStep, string> = {
  "enrol-second-factor": "/account/second-factor",
  "verify-second-factor": "/account/second-factor",
  "change-password": "/account/password",
};

export type SessionUser = { id: string; email: string; name: string; role: Role; sessionId: string };
export type SessionState = {
  user: SessionUser;
  pending: PendingStep | null;
  secondFactorEnrolled: boolean;
  /** The user's stored display preferences (User.locale / User.timeZone), read with the row: no second query per page. */
  formatPrefs: { locale: string | null; timeZone: string | null };
};

/** A user needs a second factor when their role requires it, or when they enrolled one voluntarily. */
export function needsSecondFactor(role: Role, totpEnabledAt: Date | null): boolean {
  return totpEnabledAt !== null || getEnv().SECOND_FACTOR_REQUIRED_ROLES.includes(role);
}

/** The second factor first (it proves who is choosing the new password), then a forced password change. */
export function pendingStep(
  user: { role: Role; totpEnabledAt: Date | null; mustChangePassword: boolean },
  session: { secondFactorVerifiedAt: Date | null },
): PendingStep | null {
  if (needsSecondFactor(user.role, user.totpEnabledAt) && !session.secondFactorVerifiedAt) {
    return user.totpEnabledAt ? "verify-second-factor" : "enrol-second-factor";
  }
  if (user.mustChangePassword) return "change-password";
  return null;
}

/**
 * Reads the AuthSession row named by the cookie and its user: null when unknown, revoked,
 * idle, too old or the user disabled. `touch` records activity (the idle timer); the
 * next-auth session callback reads without touching.
 */
export async function loadSessionState(sid: string, { touch }: { touch: boolean }): Promise<SessionState | null> {
  const db = getDb();
  const row = await db.authSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!row || row.user.disabledAt) return null;
  const env = getEnv();
  const now = new Date();
  const verdict = checkSession(row, now, env.SESSION_IDLE_MINUTES * 60_000, env.SESSION_ABSOLUTE_HOURS * 3_600_000);
  if (!verdict.valid) return null;
  if (touch && shouldTouch(row.lastSeenAt, now)) {
    await db.authSession.update({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  const { user } = row;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: sid },
    pending: pendingStep(user, row),
    secondFactorEnrolled: user.totpEnabledAt !== null,
    formatPrefs: { locale: user.locale, timeZone: user.timeZone },
  };
}
