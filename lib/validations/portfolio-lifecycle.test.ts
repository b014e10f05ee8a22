import { describe, expect, it } from "vitest";

import { changeBrokerageAccountSchema } from "./portfolios-actions";
import { createPortfolioSchema } from "./portfolio-lifecycle";

// react-hook-form hands the action what its zod resolver parsed, and the action parses it again:
// a schema whose output it refuses as input fails every submit (the create form's BIC did).
describe("form schemas accept their own output", () => {
  it("create portfolio, with and without the optional payout account", () => {
    const base = {
      ownerUserId: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
      name: "Pension",
      baseCurrency: "EUR",
      moneyType: "REAL_MONEY",
      manager: "ROBO_ADVISOR_DISCRETIONARY",
      externalId: "",
      policyId: "Y01EF46X9XB437JS4678X0K529C",
      goalId: "",
      horizonId: "",
      iban: "",
      bic: "",
      paymentReference: "",
    };
    for (const input of [base, { ...base, iban: "NL91ABNA0417164300", bic: "abnanl2a", paymentReference: "ref 1" }]) {
      const once = createPortfolioSchema.parse(input);
      expect(createPortfolioSchema.parse(once)).toEqual(once);
    }
  });

  it("brokerage account without a BIC", () => {
    const once = changeBrokerageAccountSchema.parse({
      portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F",
      iban: "NL91ABNA0417164300",
      bic: "",
      paymentReference: "",
    });
    expect(changeBrokerageAccountSchema.parse(once)).toEqual(once);
  });
});
