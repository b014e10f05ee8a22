import Decimal from "decimal.js";

import { formatAmount, investmentAmount } from "./money";
import type { Campaign, Invitation, SurveyAnswer, SurveyWaiver } from "./types";

/**
 * Investor-protection rules for invitations. Cashlink documents the limits of
 * §2a VermAnlG / §6 WpPG as a table (no self-disclosure: EUR 1,000; net worth
 * > EUR 100k: EUR 10,000; amount ≤ 2× monthly income: at most EUR 25,000). The
 * guide's self-disclosure fields are booleans, so we read them as
 * (inference, documented in README):
 *   - `self_disclosure_net_worth_100k` → EUR 10,000
 *   - `self_disclosure_monthly_income` → EUR 25,000 (the "2× income" row's cap)
 */
export const NO_DISCLOSURE_LIMIT = new Decimal(1_000);
const NET_WORTH_LIMIT = new Decimal(10_000);
const INCOME_LIMIT = new Decimal(25_000);

export const SELF_DISCLOSURE_QUESTIONS = ["self_disclosure_monthly_income", "self_disclosure_net_worth_100k"] as const;

/** Knowledge-and-experience questions; the real ids were not published, these are ours. */
export const SURVEY_QUESTIONS = ["EXPERIENCE_SECURITIES", "KNOWLEDGE_TOTAL_LOSS_RISK", "KNOWLEDGE_TOKENIZED_SECURITIES"] as const;

export type SurveyResult = "POSITIVE" | "NEGATIVE" | "NO_ANSWERS";

export type Requirement = { field: string; message: string };

export function selfDisclosureRequired(amount: Decimal): boolean {
  return amount.greaterThan(NO_DISCLOSURE_LIMIT);
}

/** The most the investor may invest given their answers (EUR). */
export function selfDisclosureLimit(
  invitation: Pick<Invitation, "self_disclosure_monthly_income" | "self_disclosure_net_worth_100k">,
): Decimal {
  if (invitation.self_disclosure_monthly_income) return INCOME_LIMIT;
  if (invitation.self_disclosure_net_worth_100k) return NET_WORTH_LIMIT;
  return NO_DISCLOSURE_LIMIT;
}

export function surveyResult(survey: SurveyAnswer[] | null, submittedAt: string | null): SurveyResult | null {
  if (!submittedAt || !survey) return null;
  if (survey.length === 0) return "NO_ANSWERS";
  const positive = SURVEY_QUESTIONS.every((q) => survey.some((a) => a.question_id === q && a.answer));
  return positive ? "POSITIVE" : "NEGATIVE";
}

/** The waiver an investor must sign to continue despite the survey result (WpHG appropriateness warning). */
export function requiredWaiver(result: SurveyResult | null): SurveyWaiver | null {
  if (result === "NO_ANSWERS") return "NO_ANSWERS";
  if (result === "NEGATIVE") return "NEGATIVE_RESULT";
  return null;
}

/**
 * Everything still missing before the invitation can become an investment. An
 * empty list means complete. Messages name the field so integrators can fix it.
 */
export function missingRequirements(invitation: Invitation, campaign: Campaign): Requirement[] {
  const missing: Requirement[] = [];
  const amount = investmentAmount(campaign, invitation.units);
  if (selfDisclosureRequired(amount)) {
    if (!invitation.self_disclosure_submitted_at) {
      missing.push({
        field: "self_disclosure_submitted_at",
        message: `The amount of ${formatAmount(amount, campaign.currency)} exceeds ${formatAmount(NO_DISCLOSURE_LIMIT, "EUR")}, so the self-disclosure (${SELF_DISCLOSURE_QUESTIONS.join(", ")}) must be submitted.`,
      });
    } else if (selfDisclosureLimit(invitation).lessThan(amount)) {
      missing.push({ field: "self_disclosure", message: insufficientDisclosureMessage(invitation, amount, campaign.currency) });
    }
  }
  const result = surveyResult(invitation.survey, invitation.survey_submitted_at);
  if (result === null) {
    missing.push({
      field: "survey_submitted_at",
      message: "The knowledge and experience survey has not been submitted (survey, survey_submitted_at).",
    });
  }
  const waiver = requiredWaiver(result);
  if (waiver && invitation.survey_waiver !== waiver) {
    missing.push({ field: "survey_waiver", message: `The survey result is ${result}, so the survey waiver "${waiver}" is required.` });
  }
  return missing;
}

export function insufficientDisclosureMessage(invitation: Invitation, amount: Decimal, currency: string): string {
  return `The self-disclosure answers allow at most ${formatAmount(selfDisclosureLimit(invitation), "EUR")}, but the invitation is for ${formatAmount(amount, currency)}.`;
}
