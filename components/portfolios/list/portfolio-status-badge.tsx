import { Badge } from "@/components/ui/badge";
import type { Portfolio } from "@/lib/providers/investsuite/transform";

const TONE = {
  ACTIVE: "good",
  INACTIVE: "neutral",
  WAITING_FOR_FUNDS: "warn",
  WAITING_FOR_ACCOUNT: "warn",
  WAITING_FOR_POLICY: "info",
} as const satisfies Record<Portfolio["status"], "good" | "neutral" | "warn" | "info">;

export function PortfolioStatusBadge({ status }: { status: Portfolio["status"] }) {
  return <Badge tone={TONE[status]}>{status.replaceAll("_", " ").toLowerCase()}</Badge>;
}
