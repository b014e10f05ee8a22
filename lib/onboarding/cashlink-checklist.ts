import type { CashlinkInvestment, CashlinkInvitation } from "@/lib/providers/cashlink/transform";

/**
 * The compliance checklist of a Cashlink invitation, derived from the fields Cashlink
 * documents (seed 003 and provider-apis §3.4), not from the sandbox's own
 * `missing_requirements`, so it holds against the real API too.
 */
export type SelfDisclosureItem = "submitted" | "not_required" | "missing";
export type SurveyItem = "submitted" | "waived" | "waiver_missing" | "missing";
export type SignedItem = "signed" | "not_signed";
export type WalletItem = "linked" | "not_linked";

export type CashlinkChecklist = {
  selfDisclosure: SelfDisclosureItem;
  survey: SurveyItem;
  /** The survey result Cashlink reported (or we derived): POSITIVE, NEGATIVE or NO_ANSWERS. */
  surveyResult: string | null;
  signed: SignedItem;
  wallet: WalletItem;
  /** Self-disclosure and survey are settled and the invitation is unused: an investment can be created. */
  readyToInvest: boolean;
  /** Why an investment cannot be created from it, in the reviewer's words; empty when ready. */
  blockers: string[];
};

export const CHECKLIST_ITEMS = ["selfDisclosure", "survey", "signed", "wallet"] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECKLIST_LABELS: Record<ChecklistItem, string> = {
  selfDisclosure: "Self-disclosure",
  survey: "Survey or waiver",
  signed: "Signed",
  wallet: "Wallet linked",
};

/** The waiver each survey result needs (the guide: NO_ANSWERS after an empty survey). */
const WAIVER_FOR: Record<string, string> = { NO_ANSWERS: "NO_ANSWERS", NEGATIVE: "NEGATIVE_RESULT" };

type InvitationFields = Pick<
  CashlinkInvitation,
  | "self_disclosure_submitted_at"
  | "self_disclosure_questions"
  | "survey_submitted_at"
  | "survey"
  | "survey_result"
  | "survey_waiver"
  | "investment_id"
>;

export function surveyResultOf(invitation: Pick<CashlinkInvitation, "survey_submitted_at" | "survey" | "survey_result">) {
  if (!invitation.survey_submitted_at) return null;
  if (invitation.survey_result) return invitation.survey_result;
  const answers = invitation.survey ?? [];
  if (answers.length === 0) return "NO_ANSWERS";
  return answers.every((a) => a.answer) ? "POSITIVE" : "NEGATIVE";
}

export function deriveChecklist(
  invitation: InvitationFields,
  investment: Pick<CashlinkInvestment, "signed_at" | "wallet"> | null,
): CashlinkChecklist {
  // Cashlink lists the self-disclosure questions only when the amount needs them (over EUR 1,000).
  const disclosureNeeded = (invitation.self_disclosure_questions ?? []).length > 0;
  const selfDisclosure: SelfDisclosureItem = invitation.self_disclosure_submitted_at
    ? "submitted"
    : disclosureNeeded
      ? "missing"
      : "not_required";

  const surveyResult = surveyResultOf(invitation);
  const neededWaiver = surveyResult ? WAIVER_FOR[surveyResult] : undefined;
  const survey: SurveyItem =
    surveyResult === null
      ? "missing"
      : neededWaiver === undefined
        ? "submitted"
        : invitation.survey_waiver === neededWaiver
          ? "waived"
          : "waiver_missing";

  const used = Boolean(invitation.investment_id);
  const blockers: string[] = [];
  if (used) blockers.push("This invitation has already been used for an investment.");
  if (selfDisclosure === "missing") blockers.push("The investor has not submitted the self-disclosure the amount requires.");
  if (survey === "missing") blockers.push("The knowledge and experience survey has not been submitted.");
  if (survey === "waiver_missing")
    blockers.push(`The survey result is ${surveyResult}, so the investor must sign the survey waiver "${neededWaiver}".`);

  return {
    selfDisclosure,
    survey,
    surveyResult,
    signed: investment?.signed_at ? "signed" : "not_signed",
    wallet: investment?.wallet ? "linked" : "not_linked",
    readyToInvest: blockers.length === 0,
    blockers,
  };
}

/** Whether one checklist item counts as done, for the complete / incomplete filters. */
export function isItemComplete(checklist: CashlinkChecklist, item: ChecklistItem): boolean {
  switch (item) {
    case "selfDisclosure":
      return checklist.selfDisclosure !== "missing";
    case "survey":
      return checklist.survey === "submitted" || checklist.survey === "waived";
    case "signed":
      return checklist.signed === "signed";
    case "wallet":
      return checklist.wallet === "linked";
  }
}
