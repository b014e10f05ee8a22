import { DateTime } from "@/components/ui/date-time";
import type { DepositTimelineEntry } from "@/lib/deposits/get-deposit";

import { DepositStateBadge } from "./deposit-state-badge";

/** Everything that happened to the deposit, oldest first: who (a person or the sending worker) and when. */
export function DepositTimeline({ entries }: { entries: DepositTimelineEntry[] }) {
  return (
    <section aria-label="Timeline" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Timeline</h2>
      <ol className="space-y-2" data-testid="deposit-timeline">
        {entries.map((e) => (
          <li
            key={e.key}
            className="grid grid-cols-[10rem_1fr] gap-3 border-b border-slate-100 pb-2 text-sm last:border-0"
            data-testid="timeline-entry"
          >
            <DateTime value={e.at} style="datetime-seconds" className="text-xs text-slate-700" />
            <div>
              <div className="flex flex-wrap items-center gap-2">
                {e.fromState ? <DepositStateBadge state={e.fromState} /> : <span className="text-xs text-slate-600">created as</span>}
                {e.fromState && <span aria-hidden>→</span>}
                <DepositStateBadge state={e.toState} />
                <span className="text-xs text-slate-600">by {e.actorEmail ?? "the sending worker"}</span>
              </div>
              {e.reason && <p className="mt-0.5 text-xs text-slate-700">{e.reason}</p>}
              {Object.keys(e.details).length > 0 && (
                <p className="mt-0.5 font-mono text-xs text-slate-600">
                  {Object.entries(e.details)
                    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
                    .join(" · ")}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
