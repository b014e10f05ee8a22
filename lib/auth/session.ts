import "server-only";

import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import type { Role } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { getAuthOptions } from "./auth-options";
import { hasPermission, type Permission } from "./permissions";
import { checkSession, shouldTouch } from "./session-policy";

export type CurrentUser = { id: string; email: string; name: string; role: Role; sessionId: string };

/**
 * The only place that reads the session. The cookie only names an AuthSession row;
 * the user's role and status are read from the database on every request, so a
 * disabled account or a role change takes effect on the very next request.
 * Cached per request by React's `cache`.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Marks the page as per-request: a session is never rendered at build time.
  await connection();
  const session = (await getServerSession(getAuthOptions())) as { sid?: unknown } | null;
  const sid = typeof session?.sid === "string" ? session.sid : null;
  if (!sid) return null;

  const db = getDb();
  const row = await db.authSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!row || row.user.disabledAt) return null;

  const env = getEnv();
  const now = new Date();
  const verdict = checkSession(row, now, env.SESSION_IDLE_MINUTES * 60_000, env.SESSION_ABSOLUTE_HOURS * 3_600_000);
  if (!verdict.valid) return null;
  if (shouldTouch(row.lastSeenAt, now)) {
    await db.authSession.update({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role, sessionId: sid };
});

/**
 * For server actions and route handlers: the user, or an AppError (401/403). A
 * refusal is audited with who tried what, since probing is worth knowing about.
 */
export async function authorize(permission: Permission, attempted: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  if (!hasPermission(user.role, permission)) {
    await writeAudit(getDb(), {
      action: "action.denied",
      outcome: "DENIED",
      actorId: user.id,
      actorEmail: user.email,
      actorRole: user.role,
      details: { attempted, permission },
    });
    throw new AppError("FORBIDDEN", `Your role (${user.role}) does not allow this (${permission}).`);
  }
  return user;
}

/** For pages and layouts: redirects to sign-in, or renders the 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
