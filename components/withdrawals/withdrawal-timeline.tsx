import { EntryNotes, EventLink, StateChange, Timeline } from "@/components/ui/timeline";
import type { TimelineEntry } from "@/lib/withdrawals/get-withdrawal";

import { WithdrawalStateBadge } from "./withdrawal-state-badge";

/** Everything that happened to the request, oldest first: who (a person, the provider's event, or the payout worker) and when. */
export function WithdrawalTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <Timeline entries={entries} testId="withdrawal-timeline" entryKey={(e) => e.key} at={(e) => e.at}>
      {(e) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {e.kind === "transition" && e.toState ? (
              <StateChange from={e.fromState} to={e.toState} badge={(s) => <WithdrawalStateBadge state={s} />} />
            ) : (
              <span className="font-medium">{e.kind === "prepared" ? "Prepared" : "Approval recorded"}</span>
            )}
            <span className="text-xs text-slate-600">by {e.actorEmail ?? (e.eventId ? "provider event" : "the payout worker")}</span>
            {e.eventId && <EventLink eventId={e.eventId} />}
          </div>
          <EntryNotes reason={e.reason} details={e.details} />
        </>
      )}
    </Timeline>
  );
}
