import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { hasCashForWithdrawal, holdingsAfterFreeingCash, instrumentPrice } from "./holdings";
import type { Portfolio } from "./state";

const ISIN_A = "LU78464A6644";
const ISIN_B = "LU4642886612";

function portfolio(holdings: Record<string, string>, divest: string | null): Portfolio {
  return {
    base_currency: "EUR",
    money_type: "REAL_MONEY",
    portfolio: holdings,
    config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: { divest_amount: divest } },
  } as unknown as Portfolio;
}

describe("withdrawal cash maths", () => {
  it("prices instruments deterministically between 10 and 500", () => {
    expect(instrumentPrice(ISIN_A).eq(instrumentPrice(ISIN_A))).toBe(true);
    expect(instrumentPrice(ISIN_A).gte(10) && instrumentPrice(ISIN_A).lt(500)).toBe(true);
  });

  it("checks cash against a partial and a full (1e100) withdrawal", () => {
    expect(hasCashForWithdrawal(portfolio({ $EUR: "500.00" }, "500"))).toBe(true);
    expect(hasCashForWithdrawal(portfolio({ $EUR: "499.99" }, "500"))).toBe(false);
    expect(hasCashForWithdrawal(portfolio({ $EUR: "499.99" }, "0"))).toBe(false);
    expect(hasCashForWithdrawal(portfolio({ $EUR: "10", [ISIN_A]: "1" }, "1e+100"))).toBe(false);
    expect(hasCashForWithdrawal(portfolio({ $EUR: "10", [ISIN_A]: "0" }, "1e+100"))).toBe(true);
  });

  it("sells whole units of the largest position until the cash covers the request", () => {
    const priceA = instrumentPrice(ISIN_A);
    const p = portfolio({ $EUR: "0.10", [ISIN_A]: "1000", [ISIN_B]: "0.5" }, "1000");
    const after = holdingsAfterFreeingCash(p);
    const sold = new Decimal(1000).minus("0.10").div(priceA).ceil();
    expect(after[ISIN_A]).toBe(new Decimal(1000).minus(sold).toString());
    expect(after.$EUR).toBe(sold.mul(priceA).plus("0.10").toString());
    expect(after[ISIN_B]).toBe("0.5");
    expect(hasCashForWithdrawal({ ...p, portfolio: after })).toBe(true);
  });

  it("sells everything for a full withdrawal, exactly in decimals", () => {
    const p = portfolio({ $EUR: "0.1", [ISIN_A]: "0.2", [ISIN_B]: "3" }, "1e+100");
    const after = holdingsAfterFreeingCash(p);
    const expected = new Decimal("0.1").plus(instrumentPrice(ISIN_A).mul("0.2")).plus(instrumentPrice(ISIN_B).mul(3));
    expect(after).toEqual({ $EUR: expected.toString() });
  });
});
