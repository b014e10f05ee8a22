/** Provider and state words for the customer pages (until lib/format has them). */
export const PROVIDER_LABEL = { INVESTSUITE: "InvestSuite", WISEALPHA: "WiseAlpha", CASHLINK: "Cashlink" } as const;
export type ProviderKey = keyof typeof PROVIDER_LABEL;

export const KYC_LABEL: Record<string, string> = { VERIFIED: "Verified", PENDING: "Pending", FAILED: "Failed", NONE: "None" };
export const KYC_TONE = { VERIFIED: "good", PENDING: "warn", FAILED: "bad", NONE: "neutral" } as const;
export const kycTone = (state: string) => KYC_TONE[state as keyof typeof KYC_TONE] ?? "neutral";

export const MATCH_LABEL: Record<string, string> = {
  EMAIL: "Same e-mail",
  NAME_BIRTH_DATE: "Same name and date of birth",
  CONFLICT: "Conflict",
};
export const METHOD_LABEL: Record<string, string> = {
  CUSTOMER_NUMBER: "Customer number",
  CONFIRMED_SUGGESTION: "Confirmed suggestion",
  FIRST_SEEN: "First seen",
};
