import type { OnboardingSubjectType } from "@/generated/prisma/enums";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import type { APPROVE_REASONS } from "./case-rules";

/**
 * When approving an onboarding case needs a second reviewer (four-eyes policy
 * `onboarding_case.decide_high_risk`), decided only from what we already hold: the
 * WiseAlpha projection (WiseAlphaCustomerSnapshot.profile) and the reviewer's own reason.
 * Pure, so the case page, the action and the tests agree.
 *
 * What the data supports (seed 004, "The aml_check field" and "The validation can_xxx fields"):
 * - `aml_check.passed` false, or status "Auto Check Failed" / "AML Documents Provided": the
 *   automated AML check failed or WiseAlpha's manual review is still outstanding, so the
 *   customer's identity is not established. ("AML Documents Verified" is a completed AML
 *   process by WiseAlpha's own staff and is the normal route after a failed auto-check; it
 *   is not high risk by itself.)
 * - `can_invest` true but `can_withdraw` false: the seed names "a compliance block on the
 *   user's account preventing withdrawals" (or an unverified bank account, e.g. a requested
 *   bank statement) — WiseAlpha itself holds a concern about a customer we would approve.
 * - The reviewer's reason "Risk accepted after review": the reviewer says there is a risk and
 *   accepts it; by definition that is a high-risk decision (any provider).
 * - A WiseAlpha case whose profile we have not read (or cannot parse): the AML state is
 *   unknown, and unknown must not count as clean.
 * Not used: investor categories. The seeds mark *products* as riskier (high-yield, special
 * situations), and WiseAlpha's investor types and `is_retail_restricted` and Cashlink's
 * self-disclosure (income, net worth) govern what a customer may buy, not AML risk.
 */

export const RISK_ACCEPTED_REASON = "Risk accepted after review" satisfies (typeof APPROVE_REASONS)[number];

type Validation = Pick<WiseAlphaCustomer["validation"], "aml_check" | "can_invest" | "can_withdraw">;
export type RiskSubject = { subjectType: OnboardingSubjectType; customer: { validation: Validation } | null };

const AML_NOT_ESTABLISHED = new Set(["Auto Check Failed", "AML Documents Provided"]);

/** Why approving this case is high risk (empty: it is not). `decisionReason` is the approval reason, when chosen. */
export function highRiskReasons(subject: RiskSubject, decisionReason?: string | null): string[] {
  const reasons: string[] = [];
  if (subject.subjectType === "WISEALPHA_CUSTOMER") {
    const v = subject.customer?.validation;
    if (!v) {
      reasons.push("WiseAlpha's profile of this customer has not been read, so the AML state is unknown.");
    } else {
      if (!v.aml_check.passed || AML_NOT_ESTABLISHED.has(v.aml_check.status)) {
        reasons.push(`WiseAlpha's AML check has not passed (${v.aml_check.status}).`);
      }
      if (v.can_invest && !v.can_withdraw) {
        reasons.push("WiseAlpha blocks withdrawals for this customer (a compliance block or an unverified bank account).");
      }
    }
  }
  if (decisionReason === RISK_ACCEPTED_REASON) reasons.push(`The approval reason is "${RISK_ACCEPTED_REASON}".`);
  return reasons;
}

export const isHighRisk = (subject: RiskSubject, decisionReason?: string | null) => highRiskReasons(subject, decisionReason).length > 0;
