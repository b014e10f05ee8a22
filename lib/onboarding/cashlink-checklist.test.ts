import { describe, expect, it } from "vitest";

import { deriveChecklist, isItemComplete } from "./cashlink-checklist";

const base = {
  self_disclosure_submitted_at: null,
  self_disclosure_questions: ["self_disclosure_monthly_income", "self_disclosure_net_worth_100k"],
  survey_submitted_at: null,
  survey: null,
  survey_result: null,
  survey_waiver: null,
  investment_id: null,
};
const at = "2022-03-22T07:14:13.630308+00:00";

describe("Cashlink invitation checklist", () => {
  it("a new invitation over EUR 1,000 misses the self-disclosure and the survey", () => {
    const c = deriveChecklist(base, null);
    expect(c).toMatchObject({
      selfDisclosure: "missing",
      survey: "missing",
      signed: "not_signed",
      wallet: "not_linked",
      readyToInvest: false,
    });
    expect(c.blockers).toEqual([
      "The investor has not submitted the self-disclosure the amount requires.",
      "The knowledge and experience survey has not been submitted.",
    ]);
  });

  it("no self-disclosure is needed when Cashlink lists no questions (EUR 1,000 or less)", () => {
    const c = deriveChecklist(
      { ...base, self_disclosure_questions: [], survey_submitted_at: at, survey: [{ question_id: "Q", answer: true }] },
      null,
    );
    expect(c.selfDisclosure).toBe("not_required");
    expect(c.survey).toBe("submitted");
    expect(c.readyToInvest).toBe(true);
    expect(isItemComplete(c, "selfDisclosure")).toBe(true);
  });

  it("an empty survey (the guide's case) needs the NO_ANSWERS waiver", () => {
    const submitted = { ...base, self_disclosure_submitted_at: at, survey_submitted_at: at, survey: [] };
    const without = deriveChecklist(submitted, null);
    expect(without.survey).toBe("waiver_missing");
    expect(without.surveyResult).toBe("NO_ANSWERS");
    expect(without.blockers).toEqual(['The survey result is NO_ANSWERS, so the investor must sign the survey waiver "NO_ANSWERS".']);
    const waived = deriveChecklist({ ...submitted, survey_waiver: "NO_ANSWERS" }, null);
    expect(waived.survey).toBe("waived");
    expect(waived.readyToInvest).toBe(true);
    expect(isItemComplete(waived, "survey")).toBe(true);
  });

  it("a negative survey needs NEGATIVE_RESULT, not NO_ANSWERS", () => {
    const negative = { ...base, self_disclosure_submitted_at: at, survey_submitted_at: at, survey: [{ question_id: "Q", answer: false }] };
    expect(deriveChecklist({ ...negative, survey_waiver: "NO_ANSWERS" }, null).survey).toBe("waiver_missing");
    expect(deriveChecklist({ ...negative, survey_waiver: "NEGATIVE_RESULT" }, null).survey).toBe("waived");
  });

  it("Cashlink's survey_result wins over our derivation", () => {
    const c = deriveChecklist(
      { ...base, survey_submitted_at: at, survey: [{ question_id: "Q", answer: true }], survey_result: "NEGATIVE" },
      null,
    );
    expect(c.survey).toBe("waiver_missing");
  });

  it("a used invitation is signed, shows the wallet, and cannot be used again", () => {
    const used = {
      ...base,
      self_disclosure_submitted_at: at,
      survey_submitted_at: at,
      survey: [],
      survey_waiver: "NO_ANSWERS",
      investment_id: "i1",
    };
    const noWallet = deriveChecklist(used, { signed_at: at, wallet: null });
    expect(noWallet).toMatchObject({ signed: "signed", wallet: "not_linked", readyToInvest: false });
    expect(noWallet.blockers).toEqual(["This invitation has already been used for an investment."]);
    expect(isItemComplete(noWallet, "signed")).toBe(true);
    expect(isItemComplete(noWallet, "wallet")).toBe(false);
    expect(deriveChecklist(used, { signed_at: at, wallet: "w1" }).wallet).toBe("linked");
  });
});
