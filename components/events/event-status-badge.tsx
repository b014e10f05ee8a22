import { Badge } from "@/components/ui/badge";
import type { EventStatus } from "@/generated/prisma/enums";

const TONE = { PENDING: "info", PROCESSED: "good", UNHANDLED: "neutral", FAILED: "warn", DEAD: "bad" } as const;

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <Badge tone={TONE[status]}>{status}</Badge>;
}
