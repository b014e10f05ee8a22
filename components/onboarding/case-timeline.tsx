import Link from "next/link";

import { DateTime } from "@/components/ui/date-time";
import type { CaseDetail } from "@/lib/onboarding/get-case";

import { CaseStatusBadge } from "./case-status-badge";

/** Everything that happened to the case, oldest first: provider events and our actions, who and when. */
export function CaseTimeline({ entries }: { entries: CaseDetail["entries"] }) {
  return (
    <section aria-label="Timeline" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Timeline</h2>
      {entries.length === 0 && <p className="text-sm text-slate-600">Nothing has happened on this case yet.</p>}
      <ol className="space-y-2" data-testid="case-timeline">
        {entries.map((e) => (
          <li
            key={e.id.toString()}
            className="grid grid-cols-[10rem_1fr] gap-3 border-b border-slate-100 pb-2 text-sm last:border-0"
            data-testid="timeline-entry"
          >
            <DateTime value={e.createdAt} style="datetime-seconds" className="text-xs text-slate-600" />
            <div>
              <div className="flex flex-wrap items-center gap-2">
                {e.kind === "STATUS_CHANGED" && e.fromStatus && e.toStatus ? (
                  <>
                    <CaseStatusBadge status={e.fromStatus} />
                    <span aria-hidden>→</span>
                    <CaseStatusBadge status={e.toStatus} />
                  </>
                ) : (
                  <span className="font-medium">{e.summary}</span>
                )}
                <span className="text-xs text-slate-600">{e.actorEmail ? `by ${e.actorEmail}` : e.eventId ? "provider event" : ""}</span>
                {e.eventId && (
                  <Link href={`/events/${e.eventId}`} className="font-mono text-xs underline">
                    event {e.eventId.toString()}
                  </Link>
                )}
              </div>
              {e.body && <p className="mt-0.5 text-xs whitespace-pre-wrap text-slate-700">{e.body}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
