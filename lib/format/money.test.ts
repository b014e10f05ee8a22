import { describe, expect, it } from "vitest";

import { describeMoney, formatMoney, minorUnits, totalsByCurrency } from "./money";

const nbsp = /\u00a0/g;
const plain = (s: string | null) => s?.replace(nbsp, " ");

describe("formatMoney", () => {
  it("groups thousands in the person's locale", () => {
    expect(formatMoney("2608.4", "EUR")).toBe("€2,608.40");
    expect(formatMoney("1234567.891", "USD", { display: "code" })?.replace(nbsp, " ")).toBe("USD 1,234,567.89");
    expect(plain(formatMoney("1000", "EUR", { locale: "de-DE" }))).toBe("1.000,00 €");
    expect(plain(formatMoney("-1234.5", "EUR", { locale: "nl-BE" }))).toBe("€ -1.234,50");
  });

  it("uses the currency's ISO 4217 minor units: JPY 0, EUR 2, BHD 3", () => {
    expect([minorUnits("JPY"), minorUnits("EUR"), minorUnits("BHD")]).toEqual([0, 2, 3]);
    expect(formatMoney("1234.5", "JPY", { display: "code" })?.replace(nbsp, " ")).toBe("JPY 1,235");
    expect(formatMoney("1234.5", "EUR")).toBe("€1,234.50");
    expect(formatMoney("1234.5", "BHD", { display: "code" })?.replace(nbsp, " ")).toBe("BHD 1,234.500");
    expect(formatMoney("0.0005", "BHD", { display: "none" })).toBe("0.001");
  });

  it("keeps 20-decimal inputs exact in full precision, and rounds them exactly otherwise", () => {
    const amount = "12345678901234567890.12345678901234567890";
    expect(formatMoney(amount, "EUR", { precision: "full" })).toBe("€12,345,678,901,234,567,890.12345678901234567890");
    expect(formatMoney(amount, "EUR")).toBe("€12,345,678,901,234,567,890.12");
    // A float would turn this into 0.30000000000000004 or lose the last digits.
    expect(formatMoney("0.10000000000000000001", "EUR", { precision: "full" })).toBe("€0.10000000000000000001");
    expect(formatMoney("9007199254740993.005", "EUR")).toBe("€9,007,199,254,740,993.01");
  });

  it("never shows minus zero and returns null for what is not a number", () => {
    expect(formatMoney("-0.001", "EUR")).toBe("€0.00");
    expect(formatMoney("-5", "EUR")).toBe("-€5.00");
    expect(formatMoney("abc", "EUR")).toBeNull();
    expect(formatMoney("NaN", "EUR")).toBeNull();
  });
});

describe("describeMoney", () => {
  it("shows the 1e100 full-withdrawal marker as words, the raw value kept for the tooltip", () => {
    for (const marker of ["1e100", "1E+100", "1e+100"]) {
      const d = describeMoney(marker, "EUR");
      expect(d.marker).toBe(true);
      expect(d.text).toBe("Full balance");
      expect(d.full).toContain(marker);
    }
  });

  it("gives the display text and the full precision", () => {
    expect(describeMoney("208.086729", "USD", { display: "code" })).toEqual({
      text: "USD\u00a0208.09",
      full: "USD\u00a0208.086729",
      marker: false,
    });
    expect(describeMoney("oops", "EUR")).toEqual({ text: "oops EUR", full: "oops EUR", marker: false });
  });
});

describe("totalsByCurrency", () => {
  it("sums exactly per currency and counts full-balance requests apart", () => {
    expect(
      totalsByCurrency([
        { amount: "0.1", currency: "EUR" },
        { amount: "0.2", currency: "EUR" },
        { amount: "1e100", currency: "EUR" },
        { amount: "5", currency: "USD" },
      ]),
    ).toEqual([
      { currency: "EUR", total: "0.3", count: 3, fullBalances: 1 },
      { currency: "USD", total: "5", count: 1, fullBalances: 0 },
    ]);
  });
});
