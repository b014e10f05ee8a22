import type { Address, Customer } from "../store/types";
import { QUESTIONNAIRE_TYPES } from "./questionnaire-data";
import { questionnaireState } from "./questionnaires";

/**
 * Derives the profile's read-only `validation` object from the stored profile, as the
 * seed's "User Onboarding" section describes. Pure (the clock is a parameter) so every
 * onboarding rule is unit-tested without HTTP.
 */

export const AML_DOCUMENTS = ["photo_id", "proof_of_address"] as const;
const AML_PASSED = new Set(["Auto Check Passed", "AML Documents Verified"]);

/** Seed: "You should provide addresses to cover the last 3 years." */
const ADDRESS_HISTORY_YEARS = 3;

export type Validation = ReturnType<typeof deriveValidation>;

export function fieldsNeeded(customer: Customer, now: Date): string[] {
  const needed: string[] = [];
  if (!customer.nationality) needed.push("nationality");
  if (!customer.date_of_birth) needed.push("date_of_birth");
  if (!customer.contact_number) needed.push("contact_number");
  if (!customer.address) needed.push("address");
  else if (!addressHistoryCovered(customer.address, customer.previous_addresses, now)) needed.push("previous_addresses");
  if (Object.keys(customer.bank_details).length === 0) needed.push("bank_details");
  if (!("date" in customer.tos_acceptance)) needed.push("tos_acceptance");
  if (customer.tax_residencies.length === 0) needed.push("tax_residencies");
  // Agreements put on the profile by WiseAlpha block onboarding until a decision is recorded.
  for (const [reference, agreement] of Object.entries(customer.user_agreement)) {
    if (!agreement.decision) needed.push(`user_agreement:${reference}`);
  }
  return needed;
}

/** True when the current address plus previous ones reach back three years. */
export function addressHistoryCovered(current: Address, previous: Address[], now: Date): boolean {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - ADDRESS_HISTORY_YEARS);
  const cutoffDay = cutoff.toISOString().slice(0, 10);
  const earliest = [current, ...previous]
    .map((a) => a.from_date)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  // No from_date at all: we cannot tell, so we do not block on it.
  return earliest === undefined || earliest <= cutoffDay;
}

function documentStates(customer: Customer) {
  const amlFailed = customer.aml_status === "Auto Check Failed";
  const documents: Record<string, string> = {};
  const documentInfo: Record<string, { rejection_reason?: string; request_reason?: string }> = {};
  for (const type of AML_DOCUMENTS) {
    const uploaded = customer.documents[type];
    documents[type] = uploaded ? uploaded.status : amlFailed ? "required" : "not-yet-needed";
  }
  // Other documents only appear once WiseAlpha has asked for them (seed: documents field).
  for (const [type, request] of Object.entries(customer.requested_documents)) {
    documents[type] = customer.documents[type]?.status ?? "required";
    documentInfo[type] = { request_reason: request.request_reason };
  }
  for (const [type, uploaded] of Object.entries(customer.documents)) {
    if (uploaded.status === "rejected") documentInfo[type] = { ...documentInfo[type], rejection_reason: uploaded.rejection_reason ?? "" };
  }
  return { documents, documentInfo };
}

export function deriveValidation(customer: Customer, now: Date) {
  const fields_needed = fieldsNeeded(customer, now);
  const { documents, documentInfo } = documentStates(customer);
  const questionnaire = Object.fromEntries(QUESTIONNAIRE_TYPES.map((t) => [t, questionnaireState(customer.questionnaires[t])]));
  const amlPassed = AML_PASSED.has(customer.aml_status);
  const signupPassed = questionnaire.signup === "passed";

  const needsId = AML_DOCUMENTS.some((t) => documents[t] === "required" || documents[t] === "rejected");
  const supportingTypes = Object.keys(documents).filter((t) => !(AML_DOCUMENTS as readonly string[]).includes(t));
  const needsSupporting = supportingTypes.some((t) => documents[t] === "required" || documents[t] === "rejected");
  // A requested supporting document (e.g. a bank statement) is unresolved until approved.
  const supportingOutstanding = supportingTypes.some((t) => documents[t] !== "approved");

  const status = amlPassed && fields_needed.length === 0 && customer.investor_type && signupPassed ? "invest" : "onboarding";
  const can_invest = status === "invest";

  // The seed stages the actions: profile + investor type first, then the questionnaire.
  const next_actions: string[] = [];
  if (fields_needed.length > 0) next_actions.push("provide-missing-fields");
  if (!customer.investor_type) next_actions.push("select-investor-type");
  if (next_actions.length === 0 && !signupPassed) next_actions.push("answer-signup-questionnaire");
  if (needsId) next_actions.push("upload-id-documents");
  if (can_invest && questionnaire["high-yield"] !== "passed" && questionnaire["high-yield"] !== "failed") {
    next_actions.push("answer-high-yield-questionnaire");
  }
  if (needsSupporting) next_actions.push("upload-supporting-document");

  return {
    status,
    can_invest,
    can_invest_high_yield: can_invest && questionnaire["high-yield"] === "passed",
    can_invest_perpetuals: can_invest && questionnaire.perpetual === "passed" && customer.market_access.perpetuals,
    can_invest_special_situations:
      can_invest && questionnaire["special-situation"] === "passed" && customer.market_access.special_situations,
    can_withdraw: can_invest && !customer.withdrawal_blocked && !supportingOutstanding,
    next_actions,
    fields_needed,
    aml_check: { status: customer.aml_status, passed: amlPassed },
    documents,
    document_info: documentInfo,
    questionnaire,
  };
}
