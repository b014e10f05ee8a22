import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsReadyToPrepare = withdrawalQueueCard("ready-to-prepare", {
  id: "withdrawals-ready-to-prepare",
  title: "Ready to prepare",
  hint: "Cash is available and nobody has prepared them yet.",
  tone: "work",
  permission: "withdrawals.prepare",
});
