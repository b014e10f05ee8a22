import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { PatternValue } from "./ast";
import { compareForSort, compareToValue, matchesPattern, toDecimal } from "./scalars";

const pattern = (text: string): PatternValue => {
  const [a = "", b = "", ...rest] = text.split("*");
  return { kind: "pattern", segments: [a, b, ...rest] };
};

/** The obvious regex implementation, as an oracle for the linear matcher. */
function regexOracle(text: string, segments: string[]): boolean {
  const escaped = segments.map((s) => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[\\s\\S]*")}$`).test(text.toLowerCase());
}

describe("matchesPattern", () => {
  it.each([
    ["jane*", "jane.doe@example.com", true],
    ["jane*", "JANE", true],
    ["*gmail.com", "x@gmail.com", true],
    ["*gmail.com", "x@gmail.com.evil", false],
    ["*gmail*", "GMAIL", true],
    ["a*b*c", "abc", true],
    ["a*b*c", "acb", false],
    ["ab*ba", "aba", false], // prefix and suffix may not overlap
    ["a*a", "a", false],
    ["a*a", "aa", true],
    ["*", "", true],
    ["**", "x", true],
    ["x*", "", false],
  ])("%s vs %s -> %s", (p, text, expected) => {
    expect(matchesPattern(text, pattern(p))).toBe(expected);
  });

  it("only matches strings", () => {
    expect(matchesPattern(600, pattern("6*"))).toBe(false);
    expect(matchesPattern(null, pattern("*"))).toBe(false);
  });

  it("agrees with a regex oracle", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "A", "*", "."), maxLength: 8 });
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 2, maxLength: 4 }), (record, segments) => {
        const value = { kind: "pattern", segments } as PatternValue;
        expect(matchesPattern(record, value)).toBe(regexOracle(record, segments));
      }),
      { numRuns: 2000 },
    );
  });

  it("stays fast on patterns that make a regex backtrack", () => {
    const started = performance.now();
    const evil = pattern(`${"*a".repeat(30)}*b`);
    expect(matchesPattern("a".repeat(100_000), evil)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("compareToValue", () => {
  it("compares numbers as decimals, never floats", () => {
    expect(compareToValue("0.30000000000000000001", { kind: "number", value: "0.3" }, "equality")).toBe(1);
    expect(compareToValue(0.1 + 0.2, { kind: "number", value: "0.3" }, "equality")).toBe(1);
    expect(compareToValue("1e100", { kind: "number", value: "1E+100" }, "equality")).toBe(0);
    expect(compareToValue("abc", { kind: "number", value: "1" }, "lower")).toBeNull();
  });

  it("treats missing as null and nothing else", () => {
    expect(compareToValue(undefined, { kind: "null" }, "equality")).toBe(0);
    expect(compareToValue(0, { kind: "null" }, "equality")).toBeNull();
    expect(compareToValue("", { kind: "null" }, "equality")).toBeNull();
  });

  it("reads decimals from numbers and numeric strings only", () => {
    expect(toDecimal("12.50")?.toString()).toBe("12.5");
    expect(toDecimal(" 12")).toBeNull();
    expect(toDecimal(Number.NaN)).toBeNull();
    expect(toDecimal(true)).toBeNull();
  });

  it("treats a decimal.js Decimal as an exact number, never as text", () => {
    const exact = new Decimal("18.780000000000000001");
    expect(toDecimal(exact)).toBe(exact);
    expect(toDecimal(new Decimal(Number.NaN))).toBeNull();
    expect(toDecimal({ toStringTag: "[object Decimal]" })).toBeNull(); // a JSON look-alike is not a Decimal
    const str = (value: string) => ({ kind: "string", value }) as const;
    const num = (value: string) => ({ kind: "number", value }) as const;
    // a quoted number compares numerically, as with a JS number, also for eq
    expect(compareToValue(new Decimal("600.5"), str("600.50"), "equality")).toBe(0);
    expect(compareToValue(new Decimal("1e+100"), str("1e100"), "equality")).toBe(0);
    expect(compareToValue(exact, num("18.78"), "equality")).toBe(1);
    expect(compareToValue(exact, str("18.780000000000000002"), "lower")).toBe(-1);
    // not text: no match with a non-numeric string or a wildcard
    expect(compareToValue(new Decimal("600.5"), str("abc"), "lower")).toBeNull();
    expect(matchesPattern(new Decimal("600.5"), pattern("600*"))).toBe(false);
    expect(compareToValue(new Decimal(0), { kind: "null" }, "equality")).toBeNull();
    // sorts as a number
    expect(compareForSort(new Decimal("9"), "10")).toBe(-1);
    expect(compareForSort(new Decimal("18.780000000000000001"), 18.78)).toBe(1);
  });
});

describe("compareForSort", () => {
  const json = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom("2021-06-07", "2021-06-07T14:26:21.231855+00:00", "20200101", "-1", "10", "9.5"),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.constantFrom("-1", "18.780000000000000001", "1e+100").map((text) => new Decimal(text)),
  );

  it("is antisymmetric and transitive, so Array.sort is well defined", () => {
    fc.assert(
      fc.property(json, json, json, (a, b, c) => {
        expect(Math.sign(compareForSort(a, b))).toBe(-Math.sign(compareForSort(b, a)) || 0);
        if (compareForSort(a, b) <= 0 && compareForSort(b, c) <= 0) expect(compareForSort(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });
});
