import { describe, expect, it } from "vitest";

import { MSG as SANDBOX_MSG, validateInvestorTypeChange } from "@/sandbox/wisealpha/domain/investor-types";

import { changeInvestorTypeSchema, INVESTOR_TYPE_MESSAGES as M, toInvestorTypeChange } from "./onboarding-investor-type";

const TYPES = {
  HNW: { investorTypeId: 1, investorTypeIdentifier: "Certified High Net Worth Investor" },
  STANDARD: { investorTypeId: 2, investorTypeIdentifier: "Standard Investor" },
  SOPHISTICATED: { investorTypeId: 3, investorTypeIdentifier: "Self-Certified Sophisticated Investor" },
  ADVISED: { investorTypeId: 4, investorTypeIdentifier: "Advised Investor" },
  PROFESSIONAL: { investorTypeId: 5, investorTypeIdentifier: "Professional Investor" },
};
const base = {
  caseId: "case-1",
  annualIncome: "50000",
  annualIncomeCurrency: "GBP",
  netInvestibleAssets: "20000",
  netInvestibleAssetsCurrency: "GBP",
};

function messages(input: Record<string, unknown>) {
  const result = changeInvestorTypeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

/** The same body through the sandbox (built from the seed): it must agree with us. */
function sandboxAgrees(input: Record<string, unknown>) {
  const parsed = changeInvestorTypeSchema.safeParse(input);
  const body = parsed.success ? toInvestorTypeChange(parsed.data) : null;
  if (!body) return;
  expect(validateInvestorTypeChange(body, new Date()).ok).toBe(true);
}

/** Each rule: one body that passes, one that fails with the rule's message. */
const RULES: { rule: string; pass: Record<string, unknown>; fail: Record<string, unknown>; message: string }[] = [
  {
    rule: "all types: annual income is required",
    pass: { ...TYPES.STANDARD, ...base },
    fail: { ...TYPES.STANDARD, ...base, annualIncome: "" },
    message: M.required,
  },
  {
    rule: "all types: annual income is a number",
    pass: { ...TYPES.STANDARD, ...base, annualIncome: "1234.50" },
    fail: { ...TYPES.STANDARD, ...base, annualIncome: "lots" },
    message: M.invalidDecimal,
  },
  {
    rule: "all types: net investible assets are required",
    pass: { ...TYPES.STANDARD, ...base },
    fail: { ...TYPES.STANDARD, ...base, netInvestibleAssets: " " },
    message: M.required,
  },
  {
    rule: "all types: currencies are ISO 4217 codes",
    pass: { ...TYPES.STANDARD, ...base, annualIncomeCurrency: "eur" },
    fail: { ...TYPES.STANDARD, ...base, annualIncomeCurrency: "EURO" },
    message: M.invalidCurrency,
  },
  {
    rule: "HNW: income at least GBP 100,000 …",
    pass: { ...TYPES.HNW, ...base, annualIncome: "100000" },
    fail: { ...TYPES.HNW, ...base, annualIncome: "99999.99" },
    message: M.hnwThreshold,
  },
  {
    rule: "HNW: … or assets at least GBP 250,000",
    pass: { ...TYPES.HNW, ...base, netInvestibleAssets: "250000" },
    fail: { ...TYPES.HNW, ...base, netInvestibleAssets: "249999" },
    message: M.hnwThreshold,
  },
  {
    rule: "HNW: the thresholds count GBP figures only",
    pass: { ...TYPES.HNW, ...base, annualIncome: "150000", netInvestibleAssetsCurrency: "EUR" },
    fail: { ...TYPES.HNW, ...base, annualIncome: "150000", annualIncomeCurrency: "EUR" },
    message: M.hnwThreshold,
  },
  {
    rule: "Professional: investment experience is required",
    pass: { ...TYPES.PROFESSIONAL, ...base, professionalInvestmentExperience: "10 years as a fund manager" },
    fail: { ...TYPES.PROFESSIONAL, ...base },
    message: M.required,
  },
  {
    rule: "Advised: advisor name is required",
    pass: { ...TYPES.ADVISED, ...base, advisorName: "A. Advisor", advisorFcaReferenceNumber: "123456", advisorIsFcaAuthorised: true },
    fail: { ...TYPES.ADVISED, ...base, advisorFcaReferenceNumber: "123456", advisorIsFcaAuthorised: true },
    message: M.required,
  },
  {
    rule: "Advised: FCA reference number is required",
    pass: { ...TYPES.ADVISED, ...base, advisorName: "A. Advisor", advisorFcaReferenceNumber: "123456", advisorIsFcaAuthorised: true },
    fail: { ...TYPES.ADVISED, ...base, advisorName: "A. Advisor", advisorIsFcaAuthorised: true },
    message: M.required,
  },
  {
    rule: "Advised: the advisor must be FCA authorised",
    pass: { ...TYPES.ADVISED, ...base, advisorName: "A. Advisor", advisorFcaReferenceNumber: "123456", advisorIsFcaAuthorised: true },
    fail: { ...TYPES.ADVISED, ...base, advisorName: "A. Advisor", advisorFcaReferenceNumber: "123456", advisorIsFcaAuthorised: false },
    message: M.advisorAuthorised,
  },
  {
    rule: "Sophisticated: at least one activity is true",
    pass: { ...TYPES.SOPHISTICATED, ...base, director: true },
    fail: { ...TYPES.SOPHISTICATED, ...base, angel: false, unlisted: false, professional: false, director: false },
    message: M.sophisticatedOne,
  },
];

describe("investor type rules (seed: Change investor type object)", () => {
  it.each(RULES)("$rule", ({ pass, fail, message }) => {
    expect(messages(pass)).toEqual([]);
    sandboxAgrees(pass);
    expect(messages(fail)).toContain(message);
  });

  it("uses WiseAlpha's own words for every message the provider can also return", () => {
    for (const key of ["required", "invalidDecimal", "invalidCurrency", "hnwThreshold", "advisorAuthorised", "sophisticatedOne"] as const) {
      expect(M[key]).toBe(SANDBOX_MSG[key]);
    }
  });

  it("every failing body is also refused by the provider's rules", () => {
    for (const { fail } of RULES) {
      const body = {
        investor_type_id: fail.investorTypeId,
        annual_income: fail.annualIncome,
        annual_income_currency: fail.annualIncomeCurrency,
        net_investible_assets: fail.netInvestibleAssets,
        net_investible_assets_currency: fail.netInvestibleAssetsCurrency,
        professional_investment_experience: fail.professionalInvestmentExperience,
        advisor_name: fail.advisorName,
        advisor_fca_reference_number: fail.advisorFcaReferenceNumber,
        advisor_is_fca_authorised: fail.advisorIsFcaAuthorised,
        angel: fail.angel,
        unlisted: fail.unlisted,
        professional: fail.professional,
        director: fail.director,
      };
      expect(validateInvestorTypeChange(body, new Date()).ok, JSON.stringify(fail)).toBe(false);
    }
  });

  it("sends only the chosen type's extra fields", () => {
    const parsed = changeInvestorTypeSchema.parse({ ...TYPES.SOPHISTICATED, ...base, angel: true, advisorName: "ignored" });
    expect(toInvestorTypeChange(parsed)).toEqual({
      investor_type_id: 3,
      annual_income: "50000",
      annual_income_currency: "GBP",
      net_investible_assets: "20000",
      net_investible_assets_currency: "GBP",
      angel: true,
      unlisted: false,
      professional: false,
      director: false,
    });
  });
});
