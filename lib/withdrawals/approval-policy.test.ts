import { describe, expect, it } from "vitest";

import { requiredApprovals } from "./approval-policy";

describe("requiredApprovals", () => {
  it("is one without a policy", () => {
    expect(requiredApprovals(undefined, "EUR", "1000000", false)).toBe(1);
    expect(requiredApprovals("", "EUR", null, true)).toBe(1);
  });
  it("is two strictly above the currency's threshold, compared as decimals", () => {
    const policy = "EUR:100000,usd:50000.50";
    expect(requiredApprovals(policy, "EUR", "100000", false)).toBe(1);
    expect(requiredApprovals(policy, "EUR", "100000.01", false)).toBe(2);
    expect(requiredApprovals(policy, "USD", "50000.51", false)).toBe(2);
    expect(requiredApprovals(policy, "GBP", "9999999", false)).toBe(1);
  });
  it("is two for a full withdrawal when any threshold is set", () => {
    expect(requiredApprovals("EUR:1", "GBP", null, true)).toBe(2);
  });
  it("says which part of a bad policy is wrong", () => {
    expect(() => requiredApprovals("EUR=5", "EUR", "1", false)).toThrow(
      'WITHDRAWAL_DUAL_APPROVAL_ABOVE: "EUR=5" is not CCY:amount (e.g. EUR:100000).',
    );
  });
});
