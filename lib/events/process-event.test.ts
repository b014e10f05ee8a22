import { describe, expect, it } from "vitest";

import { backoffMs, DEFAULT_RETRY_POLICY } from "./process-event";

describe("backoffMs", () => {
  it("doubles per attempt within [ceiling/2, ceiling] and stops at the maximum", () => {
    const policy = { maxAttempts: 10, baseDelayMs: 1_000, maxDelayMs: 30_000 };
    expect([1, 2, 3, 4].map((a) => backoffMs(a, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((a) => backoffMs(a, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffMs(20, policy, () => 1)).toBe(30_000);
  });
  it("defaults to 6 attempts starting at 5 s", () => {
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxAttempts: 6, baseDelayMs: 5_000 });
  });
});
