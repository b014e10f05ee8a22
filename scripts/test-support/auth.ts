import { randomUUID } from "node:crypto";

import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

/** The session the mocked cookie names (see integration-env.ts: readSessionId answers its sid). */
export function setSession(session: { sid: string } | null) {
  (globalThis as { __testSession?: unknown }).__testSession = session;
}

let cachedHash: Promise<string> | undefined;

export type SignInOptions = {
  email?: string;
  /**
   * A partial session instead of a full one: `second-factor` = password accepted but no
   * second-factor code entered yet (an ADMIN, or anyone enrolled, then has only this);
   * `password-change` = the user must choose a new password first.
   */
  partial?: "second-factor" | "password-change";
};

/**
 * A user of the given role with a live session that the mocked session cookie names. By
 * default fully signed in: the session's second factor counts as verified.
 */
export async function signInAs(role: Role, overrides: SignInOptions = {}) {
  cachedHash ??= hashPassword("integration-password");
  const user = await getDb().user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${randomUUID()}@test.example`,
      name: `Test ${role}`,
      role,
      passwordHash: await cachedHash,
      mustChangePassword: overrides.partial === "password-change",
      // An enrolled second factor, so the partial session waits for a code whatever the role.
      totpEnabledAt: overrides.partial === "second-factor" ? new Date() : null,
    },
  });
  const secondFactorVerifiedAt = overrides.partial === "second-factor" ? null : new Date();
  const session = await getDb().authSession.create({ data: { userId: user.id, secondFactorVerifiedAt } });
  setSession({ sid: session.id });
  return { user, session };
}

export function signOut() {
  setSession(null);
}
