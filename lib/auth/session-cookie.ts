import "server-only";

import { getToken } from "next-auth/jwt";

import { getEnv } from "@/lib/env";
import { requestCookies } from "@/lib/request-context";

/**
 * The AuthSession id the request's next-auth cookie names, or null: the cookie decrypted once,
 * with next-auth's own reader (same cookie name, chunking, key derivation and expiry check as
 * next-auth). Not `getServerSession`: that runs next-auth's whole session endpoint per call (our
 * session callback reads the AuthSession row, then it encrypts a fresh JWT for a Set-Cookie a
 * page cannot send), so every page read the row twice and encrypted a token for nothing.
 * The row is read once by the caller (session.ts); validity is the row's, as before.
 */
export async function readSessionId(): Promise<string | null> {
  // next-auth reads only `cookies` and `headers` of the request it is given. No authorization
  // header: a page never took a bearer token, and getToken would fall back to one.
  const req = { cookies: await requestCookies(), headers: {} };
  const token = await getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: getEnv().NEXTAUTH_SECRET });
  return typeof token?.sid === "string" ? token.sid : null;
}
