import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-context";

import { DUMMY_HASH, verifyPassword } from "./password";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "./rate-limit";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

/** Shown for a wrong email, a wrong password and a disabled account alike. */
export const SIGN_IN_FAILED = "CredentialsSignin";
export const SIGN_IN_RATE_LIMITED = "RateLimited";

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    // The JWT only carries our AuthSession id; the row decides validity on every request.
    session: { strategy: "jwt", maxAge: env.SESSION_ABSOLUTE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const headers = new Headers(req?.headers as Record<string, string> | undefined);
          const ip = clientIp(headers) ?? "unknown";

          if (await isSignInBlocked(email, ip)) {
            await writeAudit(getDb(), {
              action: "auth.sign_in_blocked",
              outcome: "DENIED",
              actorEmail: email,
              ip,
              details: { reason: "rate_limited" },
            });
            throw new Error(SIGN_IN_RATE_LIMITED);
          }
          const user = await getDb().user.findUnique({ where: { email }, omit: { passwordHash: false } });
          const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
          if (!user || !ok || user.disabledAt) {
            await recordSignInFailure(email, ip);
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
          await clearSignInFailures(email);
          const session = await getDb().$transaction(async (tx) => {
            const created = await tx.authSession.create({ data: { userId: user.id, ip, userAgent: headers.get("user-agent") } });
            await writeAudit(tx, {
              action: "auth.signed_in",
              outcome: "SUCCESS",
              actorId: user.id,
              actorEmail: user.email,
              actorRole: user.role,
              ip,
              targetType: "session",
              targetId: created.id,
            });
            return created;
          });
          return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sid = (user as { sessionId?: string }).sessionId;
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        const sid = token?.sid;
        if (typeof sid !== "string") return;
        const session = await getDb().authSession.findUnique({ where: { id: sid }, include: { user: true } });
        if (!session || session.revokedAt) return;
        await getDb().$transaction(async (tx) => {
          await tx.authSession.update({ where: { id: sid }, data: { revokedAt: new Date() } });
          await writeAudit(tx, {
            action: "auth.signed_out",
            outcome: "SUCCESS",
            actorId: session.userId,
            actorEmail: session.user.email,
            actorRole: session.user.role,
            targetType: "session",
            targetId: sid,
          });
        });
      },
    },
  };
}
