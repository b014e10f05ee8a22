import { describe, expect, it } from "vitest";

import { highRiskReasons, isHighRisk, type RiskSubject } from "./high-risk";

const wa = (aml: { status: string; passed: boolean }, can = { invest: true, withdraw: true }): RiskSubject => ({
  subjectType: "WISEALPHA_CUSTOMER",
  customer: { validation: { aml_check: aml, can_invest: can.invest, can_withdraw: can.withdraw } },
});
const cashlink: RiskSubject = { subjectType: "CASHLINK_INVITATION", customer: null };

describe("highRiskReasons", () => {
  it("a WiseAlpha customer who passed AML and may withdraw is not high risk, approved for a plain reason", () => {
    expect(highRiskReasons(wa({ status: "Auto Check Passed", passed: true }), "Provider checks passed")).toEqual([]);
    // Verified by WiseAlpha's staff after a failed auto-check: the AML process is complete.
    expect(isHighRisk(wa({ status: "AML Documents Verified", passed: true }), "Identity and documents verified")).toBe(false);
    expect(isHighRisk(cashlink, "Identity and documents verified")).toBe(false);
  });

  it("the AML auto-check failed, awaits WiseAlpha's manual review, or has not passed", () => {
    expect(highRiskReasons(wa({ status: "Auto Check Failed", passed: false }))).toEqual([
      "WiseAlpha's AML check has not passed (Auto Check Failed).",
    ]);
    expect(isHighRisk(wa({ status: "AML Documents Provided", passed: false }))).toBe(true);
    // The status alone is enough, even if a profile claims passed.
    expect(isHighRisk(wa({ status: "Auto Check Failed", passed: true }))).toBe(true);
    expect(isHighRisk(wa({ status: "AML Check Pending", passed: false }))).toBe(true);
  });

  it("WiseAlpha lets the customer invest but blocks withdrawals (compliance block)", () => {
    expect(highRiskReasons(wa({ status: "Auto Check Passed", passed: true }, { invest: true, withdraw: false }))).toEqual([
      "WiseAlpha blocks withdrawals for this customer (a compliance block or an unverified bank account).",
    ]);
    // Not investing yet: can_withdraw is false for everyone in onboarding, which says nothing about risk.
    expect(isHighRisk(wa({ status: "Auto Check Passed", passed: true }, { invest: false, withdraw: false }))).toBe(false);
  });

  it("the reviewer accepts a risk, for either provider", () => {
    expect(highRiskReasons(cashlink, "Risk accepted after review")).toEqual(['The approval reason is "Risk accepted after review".']);
    expect(isHighRisk(wa({ status: "Auto Check Passed", passed: true }), "Risk accepted after review")).toBe(true);
  });

  it("a WiseAlpha case without a readable profile is high risk (unknown is not clean)", () => {
    expect(highRiskReasons({ subjectType: "WISEALPHA_CUSTOMER", customer: null })).toEqual([
      "WiseAlpha's profile of this customer has not been read, so the AML state is unknown.",
    ]);
  });
});
