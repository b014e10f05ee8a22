import { randomUUID } from "node:crypto";

import { describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";

import { getAuthOptions } from "./auth-options";
import { hashPassword, verifyPassword } from "./password";
import { reserveSignInAttempt } from "./rate-limit";

// Counts how many passwords were actually evaluated (argon2 verify calls).
vi.mock("./password", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
vi.mock("./rate-limit", async (importOriginal) => {
  const original = await importOriginal<typeof import("./rate-limit")>();
  return { ...original, reserveSignInAttempt: vi.fn(original.reserveSignInAttempt) };
});

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

/** next-auth's credentials `authorize`, exactly as the sign-in route calls it. */
function authorize(email: string, password: string, headers: Record<string, string> = {}) {
  const provider = getAuthOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password }, { headers });
}

async function staffUser(password: string) {
  const email = `target-${randomUUID()}@test.example`;
  await getDb().user.create({ data: { email, name: "Target", role: "STAFF", passwordHash: await hashPassword(password) } });
  return email;
}

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value, error: null }),
    (error: Error) => ({ value: null, error }),
  );

describe("sign-in limit that holds (finding 3)", () => {
  it("100 concurrent wrong passwords for one account: at most 5 are evaluated", async () => {
    const email = await staffUser("the-right-password-42");
    vi.mocked(verifyPassword).mockClear();
    const headers = { "x-forwarded-for": "203.0.113.50" };
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => settle(authorize(email, `wrong-${i}`, headers))));
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(5);
    expect(await getDb().loginFailure.count({ where: { email } })).toBeLessThanOrEqual(5);
    expect(await getDb().auditEntry.count({ where: { actorEmail: email, action: "auth.sign_in_failed" } })).toBeLessThanOrEqual(5);
    // Every refusal is one of the two generic answers, never anything else.
    for (const r of results) expect(r.value === null && (r.error === null || r.error.message === "RateLimited")).toBe(true);
    // And the right password is now refused too: the account is blocked for the window.
    await expect(authorize(email, "the-right-password-42", headers)).rejects.toThrow(/^RateLimited$/);
  });

  it("a 9,000-character X-Forwarded-For is counted, answered generically, and the right password is refused while blocked", async () => {
    const email = await staffUser("the-right-password-42");
    const headers = { "x-forwarded-for": "9".repeat(9000) };
    for (let i = 0; i < 5; i++) {
      const result = await settle(authorize(email, `wrong-${i}`, headers));
      expect(result.error).toBeNull();
      expect(result.value).toBeNull();
    }
    const failures = await getDb().loginFailure.findMany({ where: { email } });
    expect(failures).toHaveLength(5);
    // Not an address, so never stored raw.
    for (const failure of failures) expect(failure.ip.length).toBeLessThanOrEqual(45);
    await expect(authorize(email, "the-right-password-42", headers)).rejects.toThrow(/^RateLimited$/);
    expect(await getDb().authSession.count({ where: { user: { email } } })).toBe(0);
  });

  it("an unexpected database error reaches the client only as a generic code", async () => {
    const email = await staffUser("the-right-password-42");
    vi.mocked(reserveSignInAttempt).mockRejectedValueOnce(new Error('value too long for type character varying "LoginFailure"'));
    const result = await settle(authorize(email, "wrong-password-1"));
    expect(result.error?.message).toBe("SignInUnavailable");
  });

  it("the right password signs in and clears the account's failures", async () => {
    const email = await staffUser("the-right-password-42");
    await authorize(email, "wrong-password-1");
    const user = (await authorize(email, "the-right-password-42")) as { sessionId: string };
    expect(user.sessionId).toBeDefined();
    expect(await getDb().loginFailure.count({ where: { email } })).toBe(0);
  });
});
