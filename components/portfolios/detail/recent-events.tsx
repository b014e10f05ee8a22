"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { column, dateColumn, enumColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { PROCESSING_WORDS } from "@/lib/onboarding/cashlink-words";
import type { PortfolioDetail, PortfolioEventRow } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

const COLUMNS: DataTableColumn<PortfolioEventRow>[] = [
  dateColumn("received", "Received", (e) => e.receivedAt, { style: "datetime-seconds" }),
  // In words (optimization status, owner choice, status changes); the raw type is on hover and on the event's page.
  column("type", "What happened", (e) => (
    <Link href={`/events/${e.id}`} className="text-sm underline" title={e.type} data-raw={e.type}>
      {e.summary}
    </Link>
  )),
  enumColumn("provider", "Provider", (e) => e.provider, { meta: { className: "text-xs" } }),
  enumColumn("status", "Processing", (e) => e.status, { words: PROCESSING_WORDS, meta: { className: "text-xs" } }),
];

const EventsList = listTable<PortfolioEventRow>({
  label: "Recent events for this portfolio",
  columns: COLUMNS,
  testId: "portfolio-events",
  empty: "No provider event has named this portfolio yet.",
  toolbar: false,
});

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
      <EventsList rows={events.rows} />
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
