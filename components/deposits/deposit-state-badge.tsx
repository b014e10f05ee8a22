import { StateBadge, type BadgeTone } from "@/components/ui/badge";
import type { DepositState } from "@/generated/prisma/enums";

const TONE = {
  RECORDED: "neutral",
  AWAITING_APPROVAL: "warn",
  READY_TO_SEND: "info",
  SENDING: "info",
  SENT: "good",
  FAILED: "bad",
  REJECTED: "neutral",
} as const satisfies Record<DepositState, BadgeTone>;

export function DepositStateBadge({ state }: { state: DepositState }) {
  return <StateBadge state={state} tones={TONE} testId="deposit-state" />;
}
