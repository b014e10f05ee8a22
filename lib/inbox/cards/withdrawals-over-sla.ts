import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsOverSla = withdrawalQueueCard("over-sla", {
  id: "withdrawals-over-sla",
  title: "Over SLA",
  hint: "Open for 4 hours or more (amber), over 24 hours is red on the queue.",
  tone: "attention",
});
