import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EnumText } from "@/components/ui/enum-text";

const TONE: Record<string, BadgeTone> = { OPEN: "bad", ACKNOWLEDGED: "warn", AUTO_CORRECTED: "info", RESOLVED: "good" };

export function DriftStateBadge({ state }: { state: string }) {
  return (
    <Badge tone={TONE[state] ?? "neutral"} testId="drift-state">
      <EnumText value={state} />
    </Badge>
  );
}
