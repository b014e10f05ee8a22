import { Badge } from "@/components/ui/badge";
import type { EventStatus } from "@/generated/prisma/enums";
import { enumWords } from "@/lib/format/enums";

const TONE = { PENDING: "info", PROCESSED: "good", UNHANDLED: "neutral", FAILED: "warn", DEAD: "bad" } as const;

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return (
    <span data-status={status}>
      <Badge tone={TONE[status]} title={status}>
        {enumWords(status)}
      </Badge>
    </span>
  );
}
