import { describe, expect, it } from "vitest";

import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "./rate-limit";

describe("sign-in rate limiting (5 per account, 20 per IP, per 15 min)", () => {
  it("blocks an account after 5 failures from any IP, and clears on success", async () => {
    const email = "victim@test.example";
    for (let i = 0; i < 4; i++) await recordSignInFailure(email, `10.0.0.${i}`);
    expect(await isSignInBlocked(email, "10.0.1.1")).toBe(false);
    await recordSignInFailure(email, "10.0.0.9");
    expect(await isSignInBlocked(email, "10.0.1.1")).toBe(true);
    await clearSignInFailures(email);
    expect(await isSignInBlocked(email, "10.0.1.1")).toBe(false);
  });

  it("blocks an IP after 20 failures across accounts", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < 19; i++) await recordSignInFailure(`spray-${i}@test.example`, ip);
    expect(await isSignInBlocked("fresh@test.example", ip)).toBe(false);
    await recordSignInFailure("spray-19@test.example", ip);
    expect(await isSignInBlocked("fresh@test.example", ip)).toBe(true);
    expect(await isSignInBlocked("fresh@test.example", "192.0.2.78")).toBe(false);
  });
});
