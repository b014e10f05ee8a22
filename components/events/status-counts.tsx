import Link from "next/link";

import type { EventStatus } from "@/generated/prisma/enums";
import type { StatusCounts as Counts } from "@/lib/events/count-events-by-status";
import { cn } from "@/lib/utils";

const ORDER: EventStatus[] = ["PENDING", "PROCESSED", "UNHANDLED", "FAILED", "DEAD"];
const ACCENT: Record<EventStatus, string> = {
  PENDING: "text-sky-800",
  PROCESSED: "text-emerald-800",
  UNHANDLED: "text-slate-700",
  FAILED: "text-amber-800",
  DEAD: "text-red-800",
};

/** "≈" marks the planner's estimate for a large result (count-events-by-status.ts). */
function show(count: number, approximate: boolean) {
  return `${approximate ? "≈ " : ""}${count.toLocaleString("en-US")}`;
}

/** One count per status under the other filters; each links to the list narrowed to it. */
export function StatusCounts({ counts, params, active }: { counts: Counts; params: Record<string, string>; active?: EventStatus }) {
  const hrefFor = (status: EventStatus | null) => {
    const query = new URLSearchParams(Object.entries(params).filter(([k]) => k !== "status"));
    if (status) query.set("status", status);
    return `/events?${query.toString()}`;
  };
  const total = ORDER.reduce((sum, s) => sum + counts[s].count, 0);
  const totalApproximate = ORDER.some((s) => counts[s].approximate);
  return (
    <nav aria-label="Status counts" className="mb-4 flex flex-wrap gap-2 text-sm">
      <Link
        href={hrefFor(null)}
        className={cn("rounded-md border bg-white px-3 py-1.5", !active ? "border-slate-900" : "border-slate-200 hover:border-slate-400")}
      >
        All <span className="ml-1 font-mono font-semibold">{show(total, totalApproximate)}</span>
      </Link>
      {ORDER.map((status) => (
        <Link
          key={status}
          href={hrefFor(status)}
          data-testid={`status-count-${status}`}
          className={cn(
            "rounded-md border bg-white px-3 py-1.5",
            active === status ? "border-slate-900" : "border-slate-200 hover:border-slate-400",
          )}
        >
          <span className={ACCENT[status]}>{status.toLowerCase()}</span>{" "}
          <span className="ml-1 font-mono font-semibold" title={counts[status].approximate ? "Estimate from table statistics" : undefined}>
            {show(counts[status].count, counts[status].approximate)}
          </span>
        </Link>
      ))}
    </nav>
  );
}
