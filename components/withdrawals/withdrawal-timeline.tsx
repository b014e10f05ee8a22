import Link from "next/link";

import { DateTime } from "@/components/ui/date-time";
import type { TimelineEntry } from "@/lib/withdrawals/get-withdrawal";

import { WithdrawalStateBadge } from "./withdrawal-state-badge";

/** Everything that happened to the request, oldest first: who (a person, the provider's event, or the payout worker) and when. */
export function WithdrawalTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-label="Timeline" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Timeline</h2>
      <ol className="space-y-2" data-testid="withdrawal-timeline">
        {entries.map((e) => (
          <li
            key={e.key}
            className="grid grid-cols-[10rem_1fr] gap-3 border-b border-slate-100 pb-2 text-sm last:border-0"
            data-testid="timeline-entry"
          >
            <DateTime value={e.at} style="datetime-seconds" className="text-xs text-slate-700" />
            <div>
              <div className="flex flex-wrap items-center gap-2">
                {e.kind === "transition" && e.toState ? (
                  <>
                    {e.fromState ? (
                      <WithdrawalStateBadge state={e.fromState} />
                    ) : (
                      <span className="text-xs text-slate-600">created as</span>
                    )}
                    {e.fromState && <span aria-hidden>→</span>}
                    <WithdrawalStateBadge state={e.toState} />
                  </>
                ) : (
                  <span className="font-medium">{e.kind === "prepared" ? "Prepared" : "Approval recorded"}</span>
                )}
                <span className="text-xs text-slate-600">by {e.actorEmail ?? (e.eventId ? "provider event" : "the payout worker")}</span>
                {e.eventId && (
                  <Link href={`/events/${e.eventId}`} className="font-mono text-xs underline">
                    event {e.eventId}
                  </Link>
                )}
              </div>
              {e.reason && <p className="mt-0.5 text-xs text-slate-700">{e.reason}</p>}
              {Object.keys(e.details).length > 0 && (
                <p className="mt-0.5 font-mono text-xs text-slate-500">
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
