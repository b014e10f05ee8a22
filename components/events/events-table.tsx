"use client";

import Link from "next/link";

import { momentColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { EnumText } from "@/components/ui/enum-text";
import type { EventRowView } from "@/lib/events/event-row";

import { EventStatusBadge } from "./event-status-badge";

// Status comes right after the time, so it stays on screen at 1024–1280 px; entities wrap.
const COLUMNS: DataTableColumn<EventRowView>[] = [
  momentColumn<EventRowView>("received", "Received", (r) => r.receivedAt),
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <span title={row.original.lastError ?? undefined}>
        <EventStatusBadge status={row.original.status} />
      </span>
    ),
  },
  {
    id: "type",
    header: "Type",
    cell: ({ row }) => (
      <Link
        href={`/events/${row.original.id}`}
        className="font-mono text-xs break-all underline"
        title={`Provider event id ${row.original.providerEventId}`}
      >
        {row.original.type}
      </Link>
    ),
  },
  { id: "provider", header: "Provider", cell: ({ row }) => <EnumText value={row.original.provider} className="text-xs" /> },
  {
    id: "entities",
    header: "Entities",
    meta: { className: "max-w-xs text-xs" },
    cell: ({ row }) =>
      row.original.refs.length === 0
        ? "—"
        : row.original.refs.map((r) => (
            <span key={r.kind} className="mr-2 inline-block break-all">
              <span className="text-slate-700">{r.kind}</span> <span className="font-mono">{r.value}</span>
            </span>
          )),
  },
  {
    id: "deliveries",
    header: "Deliveries",
    meta: { numeric: true },
    cell: ({ row }) => <span className="text-xs">{row.original.deliveries}</span>,
  },
  {
    id: "attempts",
    header: "Attempts",
    meta: { numeric: true },
    cell: ({ row }) => <span className="text-xs">{row.original.attempts}</span>,
  },
  { id: "transport", header: "Transport", cell: ({ row }) => <EnumText value={row.original.transport} className="text-xs" /> },
];

/** The event log. Rows that arrived through the live tail are marked so the eye finds them. */
export function EventsTable({ events, freshIds }: { events: EventRowView[]; freshIds?: ReadonlySet<string> }) {
  return (
    <DataTable
      label="Events"
      columns={COLUMNS}
      data={events}
      empty="No events match these filters."
      rowTestId="event-row"
      rowAttributes={(e) => ({ "data-event-id": e.id })}
      rowClassName={(e) => (freshIds?.has(e.id) ? "bg-sky-50" : undefined)}
    />
  );
}
