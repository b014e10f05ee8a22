import { describe, expect, it } from "vitest";

import { SEED_INVESTOR_TYPE_CHANGE } from "../test-helpers";
import { MSG, validateInvestorTypeChange } from "./investor-types";

const NOW = new Date("2026-11-23T12:00:00Z");
const base = {
  annual_income: "50000",
  annual_income_currency: "GBP",
  net_investible_assets: "100000",
  net_investible_assets_currency: "GBP",
};
const check = (body: Record<string, unknown>) => validateInvestorTypeChange(body, NOW);

describe("validateInvestorTypeChange", () => {
  it("accepts the seed's example (HNW, income 100000, assets 500000)", () => {
    const result = check(SEED_INVESTOR_TYPE_CHANGE);
    expect(result).toEqual({
      ok: true,
      summary: expect.objectContaining({
        investor_type_id: 1,
        investor_type: "High Net Worth Investor",
        annual_income: "100000",
        net_investible_assets: "500000",
        occupation: "CEO",
        date_selected: "2026-11-23T12:00:00.000Z",
      }),
    });
  });

  it("requires the mandatory fields for every type", () => {
    expect(check({ investor_type_id: 2 })).toEqual({
      ok: false,
      errors: {
        annual_income: [MSG.required],
        annual_income_currency: [MSG.required],
        net_investible_assets: [MSG.required],
        net_investible_assets_currency: [MSG.required],
      },
    });
    expect(check({ ...base })).toEqual({ ok: false, errors: { investor_type_id: [MSG.required] } });
    expect(check({ ...base, investor_type_id: 99 })).toEqual({ ok: false, errors: { investor_type_id: [MSG.invalidType] } });
    expect(check({ ...base, investor_type_id: 2 }).ok).toBe(true);
  });

  describe("Certified High Net Worth Investor", () => {
    it("passes on income of exactly GBP 100,000", () =>
      expect(check({ ...base, investor_type_id: 1, annual_income: "100000" }).ok).toBe(true));
    it("passes on assets of exactly GBP 250,000", () =>
      expect(check({ ...base, investor_type_id: 1, net_investible_assets: "250000" }).ok).toBe(true));
    it("fails just below both thresholds", () => {
      expect(check({ ...base, investor_type_id: 1, annual_income: "99999.99", net_investible_assets: "249999.99" })).toEqual({
        ok: false,
        errors: { non_field_errors: [MSG.hnwThreshold] },
      });
    });
    it("does not count a non-GBP figure towards the GBP thresholds", () => {
      expect(check({ ...base, investor_type_id: 1, annual_income: "500000", annual_income_currency: "EUR" }).ok).toBe(false);
    });
  });

  describe("Professional Investor", () => {
    it("passes with professional_investment_experience", () => {
      expect(check({ ...base, investor_type_id: 5, professional_investment_experience: "10 years at a bond desk" }).ok).toBe(true);
    });
    it("fails without it", () => {
      expect(check({ ...base, investor_type_id: 5 })).toEqual({
        ok: false,
        errors: { professional_investment_experience: [MSG.required] },
      });
    });
  });

  describe("Advised Investor", () => {
    const advisor = { advisor_name: "Jane Adviser", advisor_fca_reference_number: "123456", advisor_is_fca_authorised: true };
    it("passes with an FCA-authorised advisor", () => {
      const result = check({ ...base, investor_type_id: 4, ...advisor });
      expect(result.ok && result.summary.advisor_is_fca_authorised).toBe(true);
    });
    it("fails when the advisor is not FCA authorised", () => {
      expect(check({ ...base, investor_type_id: 4, ...advisor, advisor_is_fca_authorised: false })).toEqual({
        ok: false,
        errors: { advisor_is_fca_authorised: [MSG.advisorAuthorised] },
      });
    });
    it("fails without advisor details", () => {
      expect(check({ ...base, investor_type_id: 4 })).toEqual({
        ok: false,
        errors: { advisor_name: [MSG.required], advisor_fca_reference_number: [MSG.required], advisor_is_fca_authorised: [MSG.required] },
      });
    });
  });

  describe("Self-Certified Sophisticated Investor", () => {
    it("passes with one activity set to true (form posts send 'true')", () => {
      expect(check({ ...base, investor_type_id: 3, angel: false, unlisted: "true", professional: false, director: false }).ok).toBe(true);
    });
    it("fails when no activity is true", () => {
      expect(check({ ...base, investor_type_id: 3, angel: false, unlisted: false, professional: false, director: false })).toEqual({
        ok: false,
        errors: { non_field_errors: [MSG.sophisticatedOne] },
      });
    });
  });
});
