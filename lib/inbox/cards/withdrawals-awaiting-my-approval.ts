import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsAwaitingMyApproval = withdrawalQueueCard("awaiting-my-approval", {
  id: "withdrawals-awaiting-my-approval",
  title: "Awaiting my approval",
  hint: "Prepared by someone else; you may approve or reject (four eyes).",
  tone: "work",
  permission: "withdrawals.decide",
});
