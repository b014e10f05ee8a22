import { Badge } from "@/components/ui/badge";
import { enumWords } from "@/lib/format/enums";
import type { Portfolio } from "@/lib/providers/investsuite/transform";

const TONE = {
  ACTIVE: "good",
  INACTIVE: "neutral",
  WAITING_FOR_FUNDS: "warn",
  WAITING_FOR_ACCOUNT: "warn",
  WAITING_FOR_POLICY: "info",
} as const satisfies Record<Portfolio["status"], "good" | "neutral" | "warn" | "info">;

export function PortfolioStatusBadge({ status }: { status: Portfolio["status"] }) {
  return (
    <span title={status} data-raw={status}>
      <Badge tone={TONE[status]}>{enumWords(status).toLowerCase()}</Badge>
    </span>
  );
}
