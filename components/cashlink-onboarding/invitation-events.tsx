"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { column, dateColumn, enumColumn, linkColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { enumWords } from "@/lib/format/enums";
import { INVESTMENT_STATUS_WORDS, PROCESSING_WORDS } from "@/lib/onboarding/cashlink-words";
import type { InvitationEvent } from "@/lib/onboarding/get-cashlink-invitation";

const COLUMNS: DataTableColumn<InvitationEvent>[] = [
  dateColumn("changedAt", "Changed at", (e) => e.changedAt, { style: "datetime-seconds" }),
  linkColumn("type", "Type", (e) => ({ href: `/events/${e.id}`, label: e.type })),
  column("status", "Status", (e) =>
    e.status ? (
      <>
        {enumWords(e.status, INVESTMENT_STATUS_WORDS)} <code className="text-xs text-slate-600">{e.status}</code>
      </>
    ) : (
      "—"
    ),
  ),
  dateColumn("receivedAt", "Received", (e) => e.receivedAt, { style: "datetime-seconds" }),
  enumColumn("state", "Processing", (e) => e.state, { words: PROCESSING_WORDS }),
];

const EventsList = listTable<InvitationEvent>({
  label: "Cashlink events for this invitation",
  columns: COLUMNS,
  testId: "invitation-events",
  rowTestId: "invitation-event",
  empty: "No Cashlink events for this invitation's investment yet.",
  toolbar: false,
});

/** Cashlink's status webhooks for the invitation's investment, newest change first. */
export function InvitationEvents({ events }: { events: InvitationEvent[] }) {
  return (
    <section aria-labelledby="invitation-events-title" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
      <h2 id="invitation-events-title" className="mb-2 text-sm font-semibold">
        Events
      </h2>
      <EventsList rows={events} />
    </section>
  );
}
