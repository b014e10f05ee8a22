import { Badge } from "@/components/ui/badge";
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
} as const;

export function WithdrawalStateBadge({ state }: { state: WithdrawalState }) {
  return (
    <span data-testid="withdrawal-state">
      <Badge tone={TONE[state]}>{state}</Badge>
    </span>
  );
}
