import NextAuth from "next-auth";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";

import { getAuthOptions } from "./auth-options";

const COOKIE = "next-auth.session-token";

/** GET /api/auth/session through next-auth's own handler, with a cookie naming `sid`. */
async function sessionEndpoint(sid: string): Promise<Record<string, unknown>> {
  const options = getAuthOptions();
  const token = await encode({ token: { sid, sub: "x" }, secret: options.secret! });
  let body: unknown;
  const res = {
    statusCode: 200,
    headers: {} as Record<string, unknown>,
    setHeader(name: string, value: unknown) {
      this.headers[name] = value;
      return this;
    },
    getHeader(name: string) {
      return this.headers[name];
    },
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    json(value: unknown) {
      body = value;
      return this;
    },
    send(value: unknown) {
      body = value;
      return this;
    },
    end() {
      return this;
    },
    redirect() {
      return this;
    },
  };
  const req = {
    method: "GET",
    query: { nextauth: ["session"] },
    headers: { host: "localhost:3000", cookie: `${COOKIE}=${token}`, "x-forwarded-proto": "http" },
    cookies: { [COOKIE]: token },
    body: {},
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, options);
  return (typeof body === "string" ? JSON.parse(body) : body) as Record<string, unknown>;
}

describe("/api/auth/session decides from the AuthSession row (finding 14: answered for a revoked cookie)", () => {
  it("answers for a live session", async () => {
    const { session } = await signInAs("STAFF");
    expect((await sessionEndpoint(session.id)).sid).toBe(session.id);
  });

  it("answers no session for a revoked cookie", async () => {
    const { session } = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await sessionEndpoint(session.id)).toEqual({});
  });

  it("answers no session once the session expired or the user was disabled", async () => {
    const idle = await signInAs("STAFF");
    await getDb().authSession.update({ where: { id: idle.session.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await sessionEndpoint(idle.session.id)).toEqual({});
    const disabled = await signInAs("STAFF");
    await getDb().user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    expect(await sessionEndpoint(disabled.session.id)).toEqual({});
    expect(await sessionEndpoint("does-not-exist")).toEqual({});
  });
});
