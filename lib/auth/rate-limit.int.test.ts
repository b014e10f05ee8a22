import { describe, expect, it } from "vitest";

import { clearSignInFailures, isSignInBlocked, recordSignInFailure, reserveSignInAttempt } from "./rate-limit";

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

  it("reserves at most the limit under concurrency, per account and per IP", async () => {
    const account = await Promise.all(Array.from({ length: 40 }, (_, i) => reserveSignInAttempt("race@test.example", `198.51.100.${i}`)));
    expect(account.filter(Boolean)).toHaveLength(5);
    const ip = await Promise.all(Array.from({ length: 60 }, (_, i) => reserveSignInAttempt(`race-${i}@test.example`, "198.51.100.250")));
    expect(ip.filter(Boolean)).toHaveLength(20);
  });

  it("an unknown IP is limited per account only (one shared bucket would lock everyone out)", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => reserveSignInAttempt(`no-ip-${i}@test.example`, null)));
    expect(results.every(Boolean)).toBe(true);
  });
});
