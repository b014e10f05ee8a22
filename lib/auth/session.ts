import "server-only";

import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/audit/audit-context";

import { hasPermission, type Permission } from "./permissions";
import { readSessionId } from "./session-cookie";
import { loadSessionState, STEP_PATHS, type SessionState, type SessionUser } from "./session-state";

export type CurrentUser = SessionUser;

/**
 * The only place that reads the session. The cookie only names an AuthSession row;
 * the user's role and status are read from the database on every request, so a
 * disabled account or a role change takes effect on the very next request.
 * Cached per request by React's `cache`, so the layout, the page and the format preferences
 * share one cookie decryption and one read of the row and its user (issue 19). Includes partial
 * sessions (see session-state.ts).
 */
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  // Marks the page as per-request: a session is never rendered at build time.
  await connection();
  const sid = await readSessionId();
  if (!sid) return null;
  return loadSessionState(sid, { touch: true });
});

/** The fully signed-in user, or null: a partial session (second factor or password change pending) is not signed in. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await getSessionState();
  return state && !state.pending ? state.user : null;
});

/** Refusal for a partial session, shared by `authorize` and the account actions' client. */
export const FINISH_SIGN_IN_MESSAGE = "Finish signing in first (second factor or new password), then try again.";

/**
 * For server actions and route handlers: the user, or an AppError (401/403). A
 * refusal is audited with who tried what, since probing is worth knowing about.
 */
export async function authorize(permission: Permission, attempted: string): Promise<CurrentUser> {
  const state = await getSessionState();
  if (!state) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  // "An ADMIN without a second factor cannot approve" holds here, at every action and route.
  if (state.pending) throw new AppError("UNAUTHENTICATED", FINISH_SIGN_IN_MESSAGE);
  const { user } = state;
  if (!hasPermission(user.role, permission)) {
    await writeAudit(getDb(), {
      action: "action.denied",
      outcome: "DENIED",
      ...actorOf(user),
      details: { attempted, permission },
    });
    throw new AppError("FORBIDDEN", `Your role (${user.role}) does not allow this (${permission}).`);
  }
  return user;
}

/** For pages and layouts: redirects to sign-in, or renders the 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireSignedIn();
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}

/** For layouts and pages: the fully signed-in user; a partial session is sent to its step, nobody to sign-in. */
export async function requireSignedIn(): Promise<CurrentUser> {
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (state.pending) redirect(STEP_PATHS[state.pending]);
  return state.user;
}
