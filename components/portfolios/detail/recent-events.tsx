"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { PROCESSING_WORDS } from "@/lib/onboarding/cashlink-words";
import type { PortfolioDetail, PortfolioEventRow } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

const COLUMNS: DataTableColumn<PortfolioEventRow>[] = [
  { id: "received", header: "Received", cell: ({ row }) => <DateTime value={row.original.receivedAt} style="datetime-seconds" /> },
  {
    id: "type",
    header: "What happened",
    // In words (optimization status, owner choice, status changes); the raw type is on hover and on the event's page.
    cell: ({ row: { original: e } }) => (
      <Link href={`/events/${e.id}`} className="text-sm underline" title={e.type} data-raw={e.type}>
        {e.summary}
      </Link>
    ),
  },
  { id: "provider", header: "Provider", meta: { className: "text-xs" }, cell: ({ row }) => <EnumText value={row.original.provider} /> },
  {
    id: "status",
    header: "Processing",
    meta: { className: "text-xs" },
    cell: ({ row }) => <EnumText value={row.original.status} words={PROCESSING_WORDS} />,
  },
];

export function RecentEvents({ portfolioId, events }: { portfolioId: string; events: PortfolioDetail["events"] }) {
  const all = `/events?entity=${encodeURIComponent(portfolioId)}`;
  return (
    <Section
      title="Timeline: recent events"
      className="lg:col-span-2"
      actions={
        <Link href={all} className="text-xs underline">
          All events for this portfolio
        </Link>
      }
    >
      <DataTable
        label="Recent events for this portfolio"
        columns={COLUMNS}
        data={events.rows}
        testId="portfolio-events"
        empty="No provider event has named this portfolio yet."
        toolbar={false}
      />
      {events.more && (
        <p className="mt-2 text-xs text-slate-600">
          Showing the newest {events.rows.length}.{" "}
          <Link href={all} className="underline">
            See all
          </Link>
        </p>
      )}
    </Section>
  );
}
