import "server-only";

import { z } from "zod";

import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { clientIp } from "@/lib/request-context";
import { emailSchema } from "@/lib/validations/users";
import { actorOf } from "@/lib/audit/audit-context";

import { DUMMY_HASH, verifyPassword } from "./password";
import { clearSignInFailures, reserveSignInAttempt } from "./rate-limit";
import { needsSecondFactor } from "./session-state";

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

/** Shown for a wrong email, a wrong password and a disabled account alike. */
export const SIGN_IN_FAILED = "CredentialsSignin";
export const SIGN_IN_RATE_LIMITED = "RateLimited";
/** Anything unexpected: the client learns nothing else (a raw Postgres error once reached it). */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

export type SignedInUser = { id: string; email: string; name: string; sessionId: string };

/**
 * The credentials check behind next-auth's `authorize`. The attempt is reserved (counted)
 * before the password is checked, so concurrent guesses cannot all be evaluated; any
 * error becomes a generic code, never a message the client could read internals from.
 */
export async function signInWithPassword(raw: unknown, rawHeaders: Record<string, string> | undefined): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const headers = new Headers(rawHeaders);
  const ip = clientIp(headers);
  try {
    if (!(await reserveSignInAttempt(email, ip))) {
      await writeAudit(getDb(), {
        action: "auth.sign_in_blocked",
        outcome: "DENIED",
        actorEmail: email,
        ip,
        details: { reason: "rate_limited" },
      });
      throw new SignInRefusal(SIGN_IN_RATE_LIMITED);
    }
    const user = await getDb().user.findUnique({ where: { email }, omit: { passwordHash: false } });
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.disabledAt) {
      // The failure was already counted by the reservation.
      await writeAudit(getDb(), {
        action: "auth.sign_in_failed",
        outcome: "DENIED",
        actorEmail: email,
        actorId: user?.id ?? null,
        ip,
        details: { reason: !user ? "unknown_email" : user.disabledAt ? "disabled" : "wrong_password" },
      });
      return null;
    }
    const secondFactor = needsSecondFactor(user.role, user.totpEnabledAt);
    // With a second factor still to come, the count stays until the code is right: wrong codes share the limit.
    if (!secondFactor) await clearSignInFailures(email);
    const userAgent = headers.get("user-agent")?.slice(0, 512) ?? null;
    const session = await getDb().$transaction(async (tx) => {
      const created = await tx.authSession.create({ data: { userId: user.id, ip, userAgent } });
      await writeAudit(tx, {
        action: secondFactor ? "auth.password_accepted" : "auth.signed_in",
        outcome: "SUCCESS",
        ...actorOf(user),
        ip,
        targetType: "session",
        targetId: created.id,
        details: secondFactor ? { next: user.totpEnabledAt ? "second_factor" : "second_factor_enrolment" } : undefined,
      });
      return created;
    });
    return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
  } catch (error) {
    if (error instanceof SignInRefusal) throw new Error(error.code);
    logger.error({ err: error }, "sign-in failed unexpectedly");
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}

class SignInRefusal extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
