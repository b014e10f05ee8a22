import { describe, expect, it } from "vitest";

import { parseDivestAmount, sameDivestAmount, withdrawalIdempotencyKey } from "./divest-amount";

describe("parseDivestAmount", () => {
  it("reads amounts exactly", () => {
    const parsed = parseDivestAmount("1234.567890123456789");
    expect(parsed.kind).toBe("amount");
    expect(parsed.kind === "amount" && parsed.amount.toFixed()).toBe("1234.567890123456789");
  });
  it("treats 1e100 in any spelling as a full withdrawal", () => {
    expect(parseDivestAmount("1e100")).toEqual({ kind: "full" });
    expect(parseDivestAmount("1e+100")).toEqual({ kind: "full" });
    expect(parseDivestAmount(`1${"0".repeat(100)}`)).toEqual({ kind: "full" });
  });
  it("treats null and 0 as no withdrawal", () => {
    expect(parseDivestAmount(null)).toEqual({ kind: "none" });
    expect(parseDivestAmount("0")).toEqual({ kind: "none" });
    expect(parseDivestAmount("0.000")).toEqual({ kind: "none" });
  });
  it("refuses negative and non-numeric values", () => {
    expect(() => parseDivestAmount("-5")).toThrow("divest_amount -5 is negative.");
    expect(() => parseDivestAmount("abc")).toThrow('divest_amount "abc" is not a number.');
  });
  it("compares amounts as decimals", () => {
    expect(sameDivestAmount(parseDivestAmount("600.5"), parseDivestAmount("600.50"))).toBe(true);
    expect(sameDivestAmount(parseDivestAmount("600.5"), parseDivestAmount("600.51"))).toBe(false);
    expect(sameDivestAmount(parseDivestAmount("1e100"), parseDivestAmount("1e+100"))).toBe(true);
  });
});

describe("withdrawalIdempotencyKey", () => {
  it("is stable, 10 characters, and differs per withdrawal", () => {
    expect(withdrawalIdempotencyKey("cmabc")).toBe(withdrawalIdempotencyKey("cmabc"));
    expect(withdrawalIdempotencyKey("cmabc")).toMatch(/^[0-9a-z]{10}$/);
    expect(withdrawalIdempotencyKey("cmabc")).not.toBe(withdrawalIdempotencyKey("cmabd"));
  });
});
