import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsFailed = withdrawalQueueCard("failed", {
  id: "withdrawals-failed",
  title: "Failed payouts",
  hint: "The provider refused the payout: retry or reject.",
  tone: "attention",
});
