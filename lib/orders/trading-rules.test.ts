import { describe, expect, it } from "vitest";

import { placementRefusals, whyNotCancel, whyNotConfirm } from "./trading-rules";

const access = {
  status: "invest",
  can_invest: true,
  can_invest_high_yield: false,
  can_invest_perpetuals: false,
  can_invest_special_situations: false,
};
const product = { state: "open", market_type: "main_market", currency: "GBP" };
const buy = { side: "BUY" as const, access, product, currency: "GBP", total: "501.50", available: "1000.00" };

describe("order rules", () => {
  it("cancels only open or confirm orders, and says why not", () => {
    expect(whyNotCancel("OPEN")).toBeNull();
    expect(whyNotCancel("CONFIRM")).toBeNull();
    expect(whyNotCancel("FILLED")).toMatch(/has been filled; only open orders/);
    expect(whyNotCancel("CANCELLED")).toMatch(/cancelled/);
  });

  it("confirms only after a price change", () => {
    expect(whyNotConfirm("CONFIRM")).toBeNull();
    expect(whyNotConfirm("OPEN")).toMatch(/only an order suspended by a price change/);
    expect(whyNotConfirm("REPLACED")).toMatch(/nothing to confirm/);
  });

  it("lets a fully onboarded customer with the cash buy on the main market", () => {
    expect(placementRefusals(buy)).toEqual([]);
  });

  it("refuses a buy when can_invest is false, in words", () => {
    expect(placementRefusals({ ...buy, access: { ...access, can_invest: false, status: "aml-pending" } })[0]).toMatch(
      /does not let this customer invest yet: onboarding is not complete/,
    );
  });

  it("refuses a buy on a market the customer has no access to", () => {
    const [reason] = placementRefusals({ ...buy, product: { ...product, market_type: "high_yield" } });
    expect(reason).toMatch(/no access to the high yield market yet: it needs the high-yield questionnaire/);
    expect(reason).not.toMatch(/can_invest/);
    expect(
      placementRefusals({ ...buy, access: { ...access, can_invest_high_yield: true }, product: { ...product, market_type: "high_yield" } }),
    ).toEqual([]);
  });

  it("refuses a buy the cash does not cover, saying by how much", () => {
    expect(placementRefusals({ ...buy, available: "500.00" })).toEqual([
      "Funds are short: the buy needs 501.50 GBP, 500.00 GBP is available (1.50 GBP short).",
    ]);
  });

  it("does not ask a seller for market access or cash", () => {
    expect(placementRefusals({ ...buy, side: "SELL", access: { ...access, can_invest: false }, available: "0" })).toEqual([]);
  });

  it("refuses a closed product or the wrong currency", () => {
    expect(placementRefusals({ ...buy, product: { ...product, state: "repaid" } })[0]).toMatch(/repaid/);
    expect(placementRefusals({ ...buy, currency: "EUR" })[0]).toMatch(/trades in GBP/);
  });
});
