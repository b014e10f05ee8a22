"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { enumWords } from "@/lib/format/enums";
import { INVESTMENT_STATUS_WORDS, PROCESSING_WORDS } from "@/lib/onboarding/cashlink-words";
import type { InvitationEvent } from "@/lib/onboarding/get-cashlink-invitation";

const COLUMNS: DataTableColumn<InvitationEvent>[] = [
  { id: "changedAt", header: "Changed at", cell: ({ row }) => <DateTime value={row.original.changedAt} style="datetime-seconds" /> },
  {
    id: "type",
    header: "Type",
    cell: ({ row: { original: e } }) => (
      <Link className="underline" href={`/events/${e.id}`}>
        {e.type}
      </Link>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row: { original: e } }) =>
      e.status ? (
        <>
          {enumWords(e.status, INVESTMENT_STATUS_WORDS)} <code className="text-xs text-slate-600">{e.status}</code>
        </>
      ) : (
        "—"
      ),
  },
  { id: "receivedAt", header: "Received", cell: ({ row }) => <DateTime value={row.original.receivedAt} style="datetime-seconds" /> },
  { id: "state", header: "Processing", cell: ({ row }) => <EnumText value={row.original.state} words={PROCESSING_WORDS} /> },
];

/** Cashlink's status webhooks for the invitation's investment, newest change first. */
export function InvitationEvents({ events }: { events: InvitationEvent[] }) {
  return (
    <section aria-labelledby="invitation-events-title" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
      <h2 id="invitation-events-title" className="mb-2 text-sm font-semibold">
        Events
      </h2>
      <DataTable
        label="Cashlink events for this invitation"
        columns={COLUMNS}
        data={events}
        testId="invitation-events"
        rowTestId="invitation-event"
        empty="No Cashlink events for this invitation's investment yet."
        toolbar={false}
      />
    </section>
  );
}
