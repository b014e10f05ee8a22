import { describe, expect, it } from "vitest";

import { D } from "./money";
import { buyByGross, buyByPrincipal, buyFiguresJson, sellFigures, sellFiguresJson } from "./quote";

// Accrued-interest rates that give the interest in the seed's /market/quote/ example.
const P1 = { accrued_interest_rate: "0.003", zero_interest_fees: false };
const P2 = { accrued_interest_rate: "0.002", zero_interest_fees: false };
const P3 = { accrued_interest_rate: "0.005", zero_interest_fees: false };

describe("market quote arithmetic (seed examples)", () => {
  it("principal buy: 500 at 100 → principal 500.00, interest 1.50, total 501.50", () => {
    expect(buyFiguresJson(buyByPrincipal(P1, D("500.00"), D("100")))).toEqual({ principal: "500.00", interest: "1.50", total: "501.50" });
  });
  it("gross buy: 500 at 100 → principal 499.00, interest 1.00, total 500.00 (amount == total)", () => {
    expect(buyFiguresJson(buyByGross(P2, D("500.00"), D("100")))).toEqual({ principal: "499.00", interest: "1.00", total: "500.00" });
  });
  it("sell: 500 at 100 → interest 2.50, service fee 0.25, sale fee 1.25, total 501.00", () => {
    expect(sellFiguresJson(sellFigures(P3, D("500.00"), D("100")))).toEqual({
      principal: "500.00",
      interest: "2.50",
      service_fee: "0.25",
      sale_fee: "1.25",
      total: "501.00",
    });
  });
  it("price is a percentage of par: 1000 principal at 90 costs 900 plus interest", () => {
    expect(buyFiguresJson(buyByPrincipal(P1, D(1000), D(90)))).toEqual({ principal: "1000.00", interest: "3.00", total: "903.00" });
  });
  it("at 110, £1 buys about £0.90 of principal", () => {
    expect(buyByGross({ accrued_interest_rate: "0", zero_interest_fees: false }, D(1), D(110)).principal.toFixed(2)).toBe("0.90");
  });
  it("zero-fee products take no service fee", () => {
    expect(sellFiguresJson(sellFigures({ ...P3, zero_interest_fees: true }, D(500), D(100)))).toMatchObject({
      service_fee: "0.00",
      total: "501.25",
    });
  });
  it("a gross buy never spends more than its amount", () => {
    for (const amount of ["0.01", "33.33", "1000.00", "12345.67"]) {
      const f = buyByGross({ accrued_interest_rate: "0.012345", zero_interest_fees: false }, D(amount), D("97.125"));
      expect(f.total.toFixed(2)).toBe(amount);
      expect(f.interest.isNegative()).toBe(false);
    }
  });
});
