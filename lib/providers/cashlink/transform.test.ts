import { describe, expect, it } from "vitest";

import { fromCashlinkMoney, toCashlinkInvestmentView, toCashlinkInvitationView } from "./transform";

describe("fromCashlinkMoney", () => {
  it.each([
    [{ amount: "1100000", decimals: 3, currency: "EUR" }, "1100.000"],
    [{ amount: "40000000", decimals: 3, currency: "EUR" }, "40000.000"],
    [{ amount: "5", decimals: 2, currency: "EUR" }, "0.05"],
    [{ amount: "-1234", decimals: 2, currency: "EUR" }, "-12.34"],
    [{ amount: "0", decimals: 3, currency: "EUR" }, "0.000"],
    [{ amount: "-0", decimals: 0, currency: "EUR" }, "0"],
    [{ amount: "123456789012345678901234567", decimals: 3, currency: "EUR" }, "123456789012345678901234.567"],
  ])("%j → %s", (money, expected) => {
    expect(fromCashlinkMoney(money)).toEqual({ amount: expected, currency: money.currency });
  });
});

describe("toCashlinkInvestmentView", () => {
  it("maps the wire investment and flags final and unknown statuses", () => {
    const wire = {
      id: "1",
      status: "DELIVERED",
      investor_id: "i",
      campaign_id: "c",
      units: 3,
      wallet: "w",
      amount: { amount: "3000", decimals: 3, currency: "EUR" },
    };
    expect(toCashlinkInvestmentView(wire)).toMatchObject({
      status: "DELIVERED",
      isFinal: true,
      walletId: "w",
      amount: { amount: "3.000", currency: "EUR" },
      invitationId: null,
    });
    expect(toCashlinkInvestmentView({ ...wire, status: "ON_HOLD" })).toMatchObject({
      status: "UNKNOWN",
      rawStatus: "ON_HOLD",
      isFinal: false,
    });
  });
});

describe("toCashlinkInvitationView", () => {
  it("reports progress and a costs document still being rendered", () => {
    const view = toCashlinkInvitationView({
      id: "x",
      investor_id: "i",
      campaign_id: "c",
      units: 1100,
      self_disclosure_submitted_at: "2021-11-15T08:33:45.617Z",
      costs_document: null,
      missing_requirements: [{ field: "survey_submitted_at", message: "…" }],
    });
    expect(view).toMatchObject({ selfDisclosureSubmitted: true, surveySubmitted: false, costsDocumentReady: false, investmentId: null });
    expect(view.missing).toHaveLength(1);
  });
});
