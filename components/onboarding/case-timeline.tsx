import { EventLink, StateChange, Timeline } from "@/components/ui/timeline";
import type { CaseDetail } from "@/lib/onboarding/get-case";

import { CaseStatusBadge } from "./case-status-badge";

/** Everything that happened to the case, oldest first: provider events and our actions, who and when. */
export function CaseTimeline({ entries }: { entries: CaseDetail["entries"] }) {
  return (
    <Timeline
      entries={entries}
      testId="case-timeline"
      entryKey={(e) => e.id.toString()}
      at={(e) => e.createdAt}
      empty="Nothing has happened on this case yet."
    >
      {(e) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {e.kind === "STATUS_CHANGED" && e.fromStatus && e.toStatus ? (
              <StateChange from={e.fromStatus} to={e.toStatus} badge={(s) => <CaseStatusBadge status={s} />} />
            ) : (
              <span className="font-medium">{e.summary}</span>
            )}
            <span className="text-xs text-slate-600">{e.actorEmail ? `by ${e.actorEmail}` : e.eventId ? "provider event" : ""}</span>
            {e.eventId && <EventLink eventId={e.eventId} />}
          </div>
          {e.body && <p className="mt-0.5 text-xs whitespace-pre-wrap text-slate-700">{e.body}</p>}
        </>
      )}
    </Timeline>
  );
}
