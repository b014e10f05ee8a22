/**
 * The investment statuses Cashlink documents, in the docs' order. One list for our client
 * (lib/providers/cashlink) and the Cashlink sandbox, so the two cannot disagree on a status.
 * The docs' table may continue, so the client keeps unknown values as strings, not rejected.
 */

/** Statuses after which Cashlink does not move an investment any more (DELIVERED is the success end). */
export const CASHLINK_FINAL_INVESTMENT_STATUSES = [
  "DELIVERED",
  "KYC_INSUFFICIENT",
  "ABORTION",
  "REJECTION",
  "CANCELLATION",
  "PAYMENT_MISSING",
] as const;

export const CASHLINK_INVESTMENT_STATUSES = [
  "KYC_PENDING",
  "REVIEW_PENDING",
  "WAITING_FOR_ACCEPTANCE",
  "ACCEPTED",
  "PAID",
  ...CASHLINK_FINAL_INVESTMENT_STATUSES,
] as const;
export type CashlinkInvestmentStatus = (typeof CASHLINK_INVESTMENT_STATUSES)[number];
