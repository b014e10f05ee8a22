import { Badge } from "@/components/ui/badge";
import type { WithdrawalState } from "@/generated/prisma/enums";
import { enumWords } from "@/lib/format/enums";

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

/** The state in words ("Cash available"); the raw value in `data-state` and on hover. */
export function WithdrawalStateBadge({ state }: { state: WithdrawalState }) {
  return (
    <span data-testid="withdrawal-state" data-state={state}>
      <Badge tone={TONE[state]} title={state}>
        {enumWords(state)}
      </Badge>
    </span>
  );
}
