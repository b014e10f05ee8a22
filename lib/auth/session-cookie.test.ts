import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "unit-test-secret-at-least-32-characters-long";
let jar: { name: string; value: string }[] = [];

vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar }) }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_SECRET: SECRET }) }));

const { readSessionId } = await import("./session-cookie");

/** A session cookie as next-auth's sign-in writes it (auth-options.ts: the JWT carries our AuthSession id). */
const token = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token: { name: "Staff", email: "staff@bank.example", ...claims }, secret: options.secret ?? SECRET, maxAge: options.maxAge });

describe("readSessionId", () => {
  const nextAuthUrl = process.env.NEXTAUTH_URL;
  beforeEach(() => {
    jar = [];
    delete process.env.NEXTAUTH_URL;
  });
  afterEach(() => {
    if (nextAuthUrl === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = nextAuthUrl;
  });

  it("answers the AuthSession id next-auth's cookie carries", async () => {
    jar = [{ name: "next-auth.session-token", value: await token({ sid: "session-1" }) }];
    expect(await readSessionId()).toBe("session-1");
  });

  it("reads the __Secure- cookie when the app is served over https, as next-auth writes it then", async () => {
    process.env.NEXTAUTH_URL = "https://backoffice.bank.example";
    jar = [
      { name: "next-auth.session-token", value: await token({ sid: "plain" }) },
      { name: "__Secure-next-auth.session-token", value: await token({ sid: "secure" }) },
    ];
    expect(await readSessionId()).toBe("secure");
  });

  it("is null without a cookie, for a token under another secret, an expired one, garbage, or no sid", async () => {
    expect(await readSessionId()).toBeNull();
    for (const value of [
      await token({ sid: "x" }, { secret: "another-secret-of-at-least-32-characters" }),
      await token({ sid: "x" }, { maxAge: -120 }),
      "not-a-jwt",
      await token({}),
    ]) {
      jar = [{ name: "next-auth.session-token", value }];
      expect(await readSessionId()).toBeNull();
    }
  });
});
