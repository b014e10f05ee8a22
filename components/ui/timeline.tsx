import Link from "next/link";
import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";
import type { DateInput } from "@/lib/format/dates";

/** A detail page's history, oldest first: each entry's moment (to the second) beside what `children` says happened. */
export function Timeline<E>({
  entries,
  testId,
  entryKey,
  at,
  empty,
  children,
}: {
  entries: E[];
  testId: string;
  entryKey: (entry: E) => string;
  at: (entry: E) => DateInput;
  /** Said when there is no entry yet (the list stays, empty). */
  empty?: string;
  children: (entry: E) => ReactNode;
}) {
  return (
    <section aria-label="Timeline" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Timeline</h2>
      {empty && entries.length === 0 && <p className="text-sm text-slate-600">{empty}</p>}
      <ol className="space-y-2" data-testid={testId}>
        {entries.map((e) => (
          <li
            key={entryKey(e)}
            className="grid grid-cols-[10rem_1fr] gap-3 border-b border-slate-100 pb-2 text-sm last:border-0"
            data-testid="timeline-entry"
          >
            <DateTime value={at(e)} style="datetime-seconds" className="text-xs text-slate-700" />
            <div>{children(e)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A transition's states as badges: from → to, or "created as" to for the first one. */
export function StateChange<S>({ from, to, badge }: { from: S | null; to: S; badge: (state: S) => ReactNode }) {
  return (
    <>
      {from ? badge(from) : <span className="text-xs text-slate-600">created as</span>}
      {from ? <span aria-hidden>→</span> : null}
      {badge(to)}
    </>
  );
}

/** The provider event an entry came from. */
export function EventLink({ eventId }: { eventId: string | bigint }) {
  return (
    <Link href={`/events/${eventId}`} className="font-mono text-xs underline">
      event {eventId.toString()}
    </Link>
  );
}

/** The reason given for an entry and the details recorded with it. */
export function EntryNotes({ reason, details }: { reason: string | null; details: Record<string, unknown> }) {
  return (
    <>
      {reason && <p className="mt-0.5 text-xs text-slate-700">{reason}</p>}
      {Object.keys(details).length > 0 && (
        <p className="mt-0.5 font-mono text-xs text-slate-600">
          {Object.entries(details)
            .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
            .join(" · ")}
        </p>
      )}
    </>
  );
}
