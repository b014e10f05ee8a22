import Link from "next/link";

import { formatUtc, type EventRowView } from "@/lib/events/event-row";
import { cn } from "@/lib/utils";

import { EventStatusBadge } from "./event-status-badge";

/** The event log. Rows that arrived through the live tail are marked so the eye finds them. */
export function EventsTable({ events, freshIds }: { events: EventRowView[]; freshIds?: ReadonlySet<string> }) {
  if (events.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No events match these filters.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Received (UTC)</th>
            <th className="px-3 py-2">Provider</th>
            <th className="px-3 py-2">Type</th>
            <th className="px-3 py-2">Entities</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2 text-right">Deliveries</th>
            <th className="px-3 py-2 text-right">Attempts</th>
            <th className="px-3 py-2">Transport</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr
              key={e.id}
              className={cn("border-b border-slate-100 align-top last:border-0", freshIds?.has(e.id) && "bg-sky-50")}
              data-testid="event-row"
              data-event-id={e.id}
            >
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{formatUtc(e.receivedAt)}</td>
              <td className="px-3 py-2 text-xs">{e.provider}</td>
              <td className="px-3 py-2">
                <Link href={`/events/${e.id}`} className="font-mono text-xs underline" title={`Provider event id ${e.providerEventId}`}>
                  {e.type}
                </Link>
              </td>
              <td className="px-3 py-2 text-xs">
                {e.refs.length === 0
                  ? "—"
                  : e.refs.map((r) => (
                      <span key={r.kind} className="mr-2 whitespace-nowrap">
                        <span className="text-slate-500">{r.kind}</span> <span className="font-mono">{r.value}</span>
                      </span>
                    ))}
              </td>
              <td className="px-3 py-2" title={e.lastError ?? undefined}>
                <EventStatusBadge status={e.status} />
              </td>
              <td className="px-3 py-2 text-right font-mono text-xs">{e.deliveries}</td>
              <td className="px-3 py-2 text-right font-mono text-xs">{e.attempts}</td>
              <td className="px-3 py-2 text-xs">{e.transport}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
