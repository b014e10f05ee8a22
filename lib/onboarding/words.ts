/**
 * WiseAlpha's onboarding words (read through lib/format/enums.ts's enumWords) (seed 004, "The validation object") as staff read them. The raw
 * value stays one hover away (title) wherever these are shown, for talking to WiseAlpha.
 */

/** `validation.status`: onboarding until AML, fields, investor type and the sign-up questionnaire are done. */
export const VALIDATION_STATUS_WORDS: Record<string, string> = {
  onboarding: "Onboarding",
  invest: "Ready to invest",
};

/** The `can_*` flags, in the order a reviewer reads them. */
export const ACCESS_FLAGS = {
  can_invest: "Invest",
  can_invest_high_yield: "High-yield market",
  can_invest_perpetuals: "Perpetuals market",
  can_invest_special_situations: "Special situations market",
  can_withdraw: "Withdraw",
} as const;
export type AccessFlag = keyof typeof ACCESS_FLAGS;
export const ACCESS_FLAG_KEYS = Object.keys(ACCESS_FLAGS) as AccessFlag[];

export const NEXT_ACTION_WORDS: Record<string, string> = {
  "provide-missing-fields": "Provide missing profile fields",
  "select-investor-type": "Select an investor type",
  "answer-signup-questionnaire": "Answer the sign-up questionnaire",
  "upload-id-documents": "Upload ID documents",
  "answer-high-yield-questionnaire": "Answer the high-yield questionnaire",
  "upload-supporting-document": "Upload a supporting document",
};

export const DOCUMENT_STATE_WORDS: Record<string, string> = {
  "not-yet-needed": "Not needed yet",
  required: "Required",
  provided: "Provided",
  approved: "Approved",
  accepted: "Approved",
  rejected: "Rejected",
};

export const QUESTIONNAIRE_WORDS: Record<string, string> = {
  signup: "Sign-up",
  "high-yield": "High yield",
  "special-situation": "Special situations",
  perpetual: "Perpetuals",
  "smart-interest": "Smart interest",
};

export const QUESTIONNAIRE_STATE_WORDS: Record<string, string> = {
  "not-attempted": "Not attempted",
  passed: "Passed",
  failed: "Failed",
  blocked: "Blocked",
};

/** Profile fields WiseAlpha may list in `fields_needed`; an unknown one reads with its underscores as spaces. */
export const PROFILE_FIELD_WORDS: Record<string, string> = {
  date_of_birth: "Date of birth",
  contact_number: "Contact number",
  tax_residencies: "Tax residencies",
  bank_details: "Bank details",
  tos_acceptance: "Terms of service acceptance",
  address: "Address",
  nationality: "Nationality",
  phone_number: "Phone number",
  ni_number: "National Insurance number",
  bank_account: "Bank account",
  first_name: "First name",
  last_name: "Last name",
};
