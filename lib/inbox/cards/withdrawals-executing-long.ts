import { EXECUTING_EXPECTED_MINUTES } from "@/lib/withdrawals/withdrawal-queues";

import { withdrawalQueueCard } from "../withdrawal-card";

export const withdrawalsExecutingLong = withdrawalQueueCard("executing-long", {
  id: "withdrawals-executing-long",
  title: "Executing too long",
  hint: `Payouts running for more than ${EXECUTING_EXPECTED_MINUTES} minutes: check the provider.`,
  tone: "attention",
});
