import { EntryNotes, StateChange, Timeline } from "@/components/ui/timeline";
import type { DepositTimelineEntry } from "@/lib/deposits/get-deposit";

import { DepositStateBadge } from "./deposit-state-badge";

/** Everything that happened to the deposit, oldest first: who (a person or the sending worker) and when. */
export function DepositTimeline({ entries }: { entries: DepositTimelineEntry[] }) {
  return (
    <Timeline entries={entries} testId="deposit-timeline" entryKey={(e) => e.key} at={(e) => e.at}>
      {(e) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <StateChange from={e.fromState} to={e.toState} badge={(s) => <DepositStateBadge state={s} />} />
            <span className="text-xs text-slate-600">by {e.actorEmail ?? "the sending worker"}</span>
          </div>
          <EntryNotes reason={e.reason} details={e.details} />
        </>
      )}
    </Timeline>
  );
}
