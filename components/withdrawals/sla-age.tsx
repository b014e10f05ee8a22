import type { SlaTone } from "@/lib/withdrawals/withdrawal-format";
import { cn } from "@/lib/utils";

const TONE: Record<SlaTone, string> = { neutral: "text-slate-700", warn: "bg-amber-100 text-amber-900", bad: "bg-red-100 text-red-900" };
const TITLE: Record<SlaTone, string> = {
  neutral: "Within the 4-hour target, or no longer waiting on us.",
  warn: "Waiting 4 to 24 hours.",
  bad: "Waiting more than 24 hours.",
};

/** The age with its SLA colour; the title says what the colour means, for those who cannot see it. */
export function SlaAge({ age, sla }: { age: string; sla: SlaTone }) {
  return (
    <span className={cn("rounded px-1 font-mono text-xs whitespace-nowrap", TONE[sla])} title={TITLE[sla]} data-sla={sla}>
      {age}
    </span>
  );
}
