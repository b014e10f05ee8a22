import { Badge } from "@/components/ui/badge";
import type { DepositState } from "@/generated/prisma/enums";
import { enumWords } from "@/lib/format/enums";

const TONE = {
  RECORDED: "neutral",
  AWAITING_APPROVAL: "warn",
  READY_TO_SEND: "info",
  SENDING: "info",
  SENT: "good",
  FAILED: "bad",
  REJECTED: "neutral",
} as const;

/** The state in words ("Awaiting approval"); the raw value in `data-state` and on hover. */
export function DepositStateBadge({ state }: { state: DepositState }) {
  return (
    <span data-testid="deposit-state" data-state={state}>
      <Badge tone={TONE[state]} title={state}>
        {enumWords(state)}
      </Badge>
    </span>
  );
}
