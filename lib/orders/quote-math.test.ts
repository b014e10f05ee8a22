import { describe, expect, it } from "vitest";

import { buyTotal, checkBuyQuote, checkSellQuote, sellTotal, shortfall, valueAtPrice } from "./quote-math";

// The seed's own /market/quote/ example response (seed 004, "/market/quote/").
const SEED_PRINCIPAL_BUY = {
  type: "principal",
  amount: "500.00",
  price: "100",
  principal: "500.00",
  interest: "1.50",
  total: "501.50",
} as const;
const SEED_GROSS_BUY = { type: "gross", amount: "500.00", price: "100", principal: "499.00", interest: "1.00", total: "500.00" } as const;
const SEED_SELL = {
  amount: "500.00",
  price: "100",
  principal: "500.00",
  interest: "2.50",
  serviceFee: ".25",
  saleFee: "1.25",
  total: "501.00",
};

describe("quote arithmetic (seed formulas)", () => {
  it("reproduces the seed's principal buy: 500 × 100 / 100 + 1.50 = 501.50", () => {
    expect(buyTotal(SEED_PRINCIPAL_BUY).toFixed(2)).toBe("501.50");
    expect(checkBuyQuote(SEED_PRINCIPAL_BUY)).toEqual([]);
  });

  it("reproduces the seed's gross buy: amount == total, 499 × 100 / 100 + 1.00 = 500.00", () => {
    expect(buyTotal(SEED_GROSS_BUY).toFixed(2)).toBe("500.00");
    expect(checkBuyQuote(SEED_GROSS_BUY)).toEqual([]);
  });

  it("reproduces the seed's sell: 500 + 2.50 − .25 − 1.25 = 501.00", () => {
    expect(sellTotal(SEED_SELL).toFixed(2)).toBe("501.00");
    expect(checkSellQuote(SEED_SELL)).toEqual([]);
  });

  it("prices are % of par (seed 'Pricing': at 90, £1 buys £1.11 of principal)", () => {
    expect(valueAtPrice("1.11", "90").toFixed(2)).toBe("1.00");
    expect(valueAtPrice("200.00", "50.0125").toFixed(2)).toBe("100.03");
  });

  it("is exact where floats are not (0.1 + 0.2)", () => {
    expect(buyTotal({ principal: "0.10", price: "100", interest: "0.20" }).toString()).toBe("0.3");
    expect(valueAtPrice("333.33", "101.5").toFixed(2)).toBe("338.33");
  });

  it("names what does not add up", () => {
    expect(checkBuyQuote({ ...SEED_PRINCIPAL_BUY, total: "502.00" })[0]).toMatch(/501\.50/);
    expect(checkBuyQuote({ ...SEED_GROSS_BUY, amount: "600.00" })).toHaveLength(1);
    expect(checkBuyQuote({ ...SEED_PRINCIPAL_BUY, amount: "400.00" })[0]).toMatch(/principal 500.00 ≠ amount 400.00/);
    expect(checkSellQuote({ ...SEED_SELL, saleFee: "2.25" })[0]).toMatch(/501\.00|500\.00/);
  });

  it("says how much cash is short", () => {
    expect(shortfall("501.50", "600")).toBeNull();
    expect(shortfall("501.50", "501.50")).toBeNull();
    expect(shortfall("501.50", "500.00")?.toFixed(2)).toBe("1.50");
  });
});
