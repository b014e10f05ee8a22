/** Cashlink's investment statuses and InvestSuite's assessment statuses as staff read them; the raw value stays on hover. */
export const INVESTMENT_STATUS_WORDS: Record<string, string> = {
  NONE: "No investment",
  KYC_PENDING: "KYC pending",
  REVIEW_PENDING: "Review pending",
  WAITING_FOR_ACCEPTANCE: "Waiting for acceptance",
  ACCEPTED: "Accepted",
  PAID: "Paid",
  DELIVERED: "Delivered",
  KYC_INSUFFICIENT: "KYC insufficient",
  ABORTION: "Aborted",
  REJECTION: "Rejected",
  CANCELLATION: "Cancelled",
  PAYMENT_MISSING: "Payment missing",
};

export const ASSESSMENT_STATUS_WORDS: Record<string, string> = {
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  ACCEPTED: "Accepted",
  COOLDOWN: "Cooling down",
  EXPIRED: "Expired",
};

/** Event processing states (the event log's EventStatus) on the invitation page. */
export const PROCESSING_WORDS: Record<string, string> = {
  PENDING: "Waiting",
  PROCESSED: "Processed",
  UNHANDLED: "Not handled (no action needed)",
  FAILED: "Failed, will retry",
  DEAD: "Failed, given up",
};
