import { randomUUID } from "node:crypto";

import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

/** What the mocked getServerSession returns (see integration-env.ts). */
export function setSession(session: { sid: string } | null) {
  (globalThis as { __testSession?: unknown }).__testSession = session;
}

let cachedHash: Promise<string> | undefined;

/** A user of the given role with a live session that the mocked next-auth reports. */
export async function signInAs(role: Role, overrides: { email?: string } = {}) {
  cachedHash ??= hashPassword("integration-password");
  const user = await getDb().user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${randomUUID()}@test.example`,
      name: `Test ${role}`,
      role,
      passwordHash: await cachedHash,
    },
  });
  const session = await getDb().authSession.create({ data: { userId: user.id } });
  setSession({ sid: session.id });
  return { user, session };
}

export function signOut() {
  setSession(null);
}
