import "server-only";

import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

import { sameOriginPath } from "./safe-redirect";
import { loadSessionState } from "./session-state";
import { signInWithPassword } from "./sign-in";

export { SIGN_IN_FAILED, SIGN_IN_RATE_LIMITED, SIGN_IN_UNAVAILABLE } from "./sign-in";

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
        authorize: (raw, req) => signInWithPassword(raw, req?.headers as Record<string, string> | undefined),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sid = (user as { sessionId?: string }).sessionId;
        return token;
      },
      // /api/auth/session answered for a revoked cookie: the JWT alone looked valid. The row decides,
      // as on every page: revoked, idle, expired or a disabled user is no session (an empty body).
      async session({ session, token }) {
        const sid = typeof token.sid === "string" ? token.sid : null;
        const state = sid ? await loadSessionState(sid, { touch: false }) : null;
        if (!state) return {} as Session;
        return { ...session, sid, pending: state.pending };
      },
      // Same-origin only, parsed the way the browser parses it (finding 10).
      async redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl), baseUrl).toString();
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
