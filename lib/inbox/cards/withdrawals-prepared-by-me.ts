import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsPreparedByMe = withdrawalQueueCard("prepared-by-me", {
  id: "withdrawals-prepared-by-me",
  title: "Prepared by me",
  hint: "Withdrawals you prepared, in every state: waiting for an approver, paid or failed.",
  tone: "work",
  permission: "withdrawals.prepare",
});
