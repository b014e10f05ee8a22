import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { missingRequirements, selfDisclosureLimit } from "./invitation-rules";
import { toMoney } from "./money";
import type { Campaign, Invitation } from "./types";

const campaign: Campaign = {
  id: "c",
  product_id: "p",
  name: "n",
  unit_price: "1.00",
  currency: "EUR",
  min_units: 1,
  max_units: 1_000_000,
  created_at: "2024-01-01T00:00:00Z",
};

function invitation(overrides: Partial<Invitation>): Invitation {
  return {
    id: "i",
    investor_id: "v",
    campaign_id: "c",
    units: 1,
    self_disclosure_submitted_at: null,
    self_disclosure_monthly_income: null,
    self_disclosure_net_worth_100k: null,
    survey_submitted_at: "2022-01-01T00:00:00Z",
    survey: [],
    survey_waiver: "NO_ANSWERS",
    costs_document: null,
    costs_document_pending: false,
    investment_id: null,
    created_at: "",
    updated_at: "",
    ...overrides,
  };
}

describe("invitation rules", () => {
  it("asks for self-disclosure exactly when the amount exceeds EUR 1,000, and for more once answers do not cover it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60_000 }), fc.boolean(), fc.boolean(), fc.boolean(), (units, submitted, income, netWorth) => {
        const inv = invitation({
          units,
          self_disclosure_submitted_at: submitted ? "2022-01-01T00:00:00Z" : null,
          self_disclosure_monthly_income: income,
          self_disclosure_net_worth_100k: netWorth,
        });
        const fields = missingRequirements(inv, campaign).map((m) => m.field);
        const needed = units > 1_000;
        expect(fields.includes("self_disclosure_submitted_at")).toBe(needed && !submitted);
        expect(fields.includes("self_disclosure")).toBe(needed && submitted && selfDisclosureLimit(inv).lessThan(units));
      }),
    );
  });

  it("writes money as minor units with three decimals, losslessly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (minor) => {
        const value = new Decimal(minor.toString()).dividedBy(1000);
        const money = toMoney(value, "EUR");
        expect(money).toEqual({ amount: minor.toString(), decimals: 3, currency: "EUR" });
      }),
    );
  });
});
