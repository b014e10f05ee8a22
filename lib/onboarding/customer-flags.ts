import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

/**
 * What a reviewer filters WiseAlpha customers by, derived from the profile's
 * `validation` object (seed 004, "User Onboarding"). Pure, so the projection, the
 * list and the tests agree on one meaning for each filter.
 */
export const CUSTOMER_FILTERS = {
  docsAwaitingVerification: "Documents provided, awaiting verification",
  amlAutoFailed: "AML auto-check failed",
  questionnaireBlocked: "Blocked on a questionnaire",
  missingFields: "Missing fields",
  bankDetailsRejected: "Bank details rejected",
  readyToInvest: "Ready to invest",
} as const;

export type CustomerFilter = keyof typeof CUSTOMER_FILTERS;
export type CustomerFlags = Record<CustomerFilter, boolean>;

export function customerFlags(customer: WiseAlphaCustomer): CustomerFlags {
  const v = customer.validation;
  return {
    // "provided: … awaiting review by WiseAlpha"; AML Documents Provided says the same for the ID documents.
    docsAwaitingVerification: Object.values(v.documents).includes("provided") || v.aml_check.status === "AML Documents Provided",
    amlAutoFailed: v.aml_check.status === "Auto Check Failed",
    // "failed: attempted and failed too many times" is the blocked state.
    questionnaireBlocked: Object.values(v.questionnaire).includes("failed"),
    missingFields: v.fields_needed.length > 0,
    bankDetailsRejected: bankErrors(customer).length > 0,
    readyToInvest: v.status === "invest" && v.can_invest,
  };
}

/** Bank details' last_error per currency (reads are per currency, or flat in older examples). */
export function bankErrors(customer: WiseAlphaCustomer): { currency: string | null; error: string }[] {
  const bank = customer.bank_details;
  if (!bank) return [];
  if ("provided" in bank && typeof bank.provided === "boolean") {
    const flat = bank as { last_error?: string | null };
    return flat.last_error ? [{ currency: null, error: flat.last_error }] : [];
  }
  return Object.entries(bank as Record<string, { last_error?: string | null }>)
    .filter(([, status]) => !!status.last_error)
    .map(([currency, status]) => ({ currency, error: status.last_error! }));
}

export function customerName(customer: WiseAlphaCustomer): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim();
  return name || customer.email;
}

/** Questionnaire state → attempts, per the seed's states (not-attempted, attempted-N-times, failed, passed). */
export function questionnaireAttempts(state: string): { failedAttempts: number | null; blocked: boolean; passed: boolean } {
  const match = /^attempted-(\d+)-times?$/.exec(state);
  if (match) return { failedAttempts: Number(match[1]), blocked: false, passed: false };
  if (state === "failed") return { failedAttempts: null, blocked: true, passed: false };
  return { failedAttempts: state === "not-attempted" ? 0 : null, blocked: false, passed: state === "passed" };
}
