import { Badge } from "@/components/ui/badge";

const TONE = { OPEN: "info", CONFIRM: "warn", FILLED: "good", CANCELLED: "neutral", REPLACED: "neutral", GONE: "bad" } as const;
const LABEL = {
  OPEN: "open",
  CONFIRM: "needs confirmation",
  FILLED: "filled",
  CANCELLED: "cancelled",
  REPLACED: "replaced",
  GONE: "gone",
} as const;

export function OrderStateBadge({ state }: { state: keyof typeof TONE }) {
  return (
    <span data-testid="order-state">
      <Badge tone={TONE[state]}>{LABEL[state]}</Badge>
    </span>
  );
}
