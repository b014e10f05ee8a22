import { StateBadge, type BadgeTone } from "@/components/ui/badge";
import type { WithdrawalState } from "@/generated/prisma/enums";

const TONE = {
  REQUESTED: "info",
  CASH_AVAILABLE: "warn",
  APPROVED: "info",
  EXECUTING: "info",
  EXECUTED: "good",
  REJECTED: "neutral",
  FAILED: "bad",
  CANCELLED: "neutral",
} as const satisfies Record<WithdrawalState, BadgeTone>;

export function WithdrawalStateBadge({ state }: { state: WithdrawalState }) {
  return <StateBadge state={state} tones={TONE} testId="withdrawal-state" />;
}
