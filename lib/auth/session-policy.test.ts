import { describe, expect, it } from "vitest";

import { checkSession, shouldTouch } from "./session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-01-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("checkSession (idle 30 min, absolute 12 h)", () => {
  const check = (createdAt: Date, lastSeenAt: Date, now: Date, revokedAt: Date | null = null) =>
    checkSession({ createdAt, lastSeenAt, revokedAt }, now, 30 * MIN, 12 * HOUR);

  it("is valid while active", () => {
    expect(check(t0, at(29 * MIN), at(30 * MIN))).toEqual({ valid: true });
  });
  it("ends after 30 idle minutes", () => {
    expect(check(t0, t0, at(30 * MIN + 1))).toEqual({ valid: false, reason: "idle" });
    expect(check(t0, t0, at(30 * MIN))).toEqual({ valid: true });
  });
  it("ends 12 h after sign-in even when active", () => {
    expect(check(t0, at(12 * HOUR), at(12 * HOUR + 1))).toEqual({ valid: false, reason: "absolute" });
  });
  it("ends when revoked", () => {
    expect(check(t0, t0, at(1), at(1))).toEqual({ valid: false, reason: "revoked" });
  });
});

describe("shouldTouch", () => {
  it("writes lastSeenAt at most every 30 s", () => {
    expect(shouldTouch(t0, at(29_999))).toBe(false);
    expect(shouldTouch(t0, at(30_000))).toBe(true);
  });
});
