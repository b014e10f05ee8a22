import type { SearchParams } from "nuqs/server";

import { BulkReplay } from "@/components/events/bulk-replay";
import { EventFilters } from "@/components/events/event-filters";
import { EventsChart } from "@/components/events/events-chart";
import { EventsLog } from "@/components/events/events-log";
import { EventsTabs } from "@/components/events/events-tabs";
import { StatusCounts } from "@/components/events/status-counts";
import { TextSearchWindow } from "@/components/events/text-search-window";
import { QueryProvider } from "@/components/providers/query-provider";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { filterParams, parseEventFilter } from "@/lib/events/event-filter-params";
import { toEventRowView } from "@/lib/events/event-row";
import { loadEventsPage } from "@/lib/events/load-events-page";
import { eventFilterInput, loadEventSearchParams } from "@/lib/events/url-state";
import { eventFilterSchema } from "@/lib/validations/events";

export const metadata = { title: "Events" };

type Props = { searchParams: Promise<SearchParams> };

export default async function EventsPage({ searchParams }: Props) {
  const user = await requirePagePermission("events.read");
  const raw = eventFilterInput(await loadEventSearchParams(searchParams));
  const parsed = parseEventFilter(raw);
  const filter = parsed.success ? parsed.data : eventFilterSchema.parse({});
  const params = parsed.success ? filterParams(raw) : {};
  const { events, nextCursor, counts, points, newestId, period } = await loadEventsPage(filter);

  const query = new URLSearchParams(params);
  const exportHref = (format: string) => `/api/events/export?${new URLSearchParams([...query, ["format", format]]).toString()}`;
  const canExport = hasPermission(user.role, "events.export");
  const linkClass = "inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";

  return (
    <>
      <PageHeader
        title="Events"
        description="Every event the providers sent us, stored once, newest first. Start from an entity id to see what happened to it."
        actions={
          canExport && (
            <>
              <a href={exportHref("csv")} className={linkClass} download>
                Export CSV
              </a>
              <a href={exportHref("ndjson")} className={linkClass} download>
                Export NDJSON
              </a>
            </>
          )
        }
      />
      <EventsTabs current="events" />
      <EventFilters />
      <FilterIgnoredAlert error={parsed.error} />
      <TextSearchWindow filter={filter} params={params} />
      <StatusCounts counts={counts} params={params} active={filter.status} />
      <EventsChart points={points} bucket={period.bucket} from={period.from.toISOString()} to={period.to.toISOString()} />
      {hasPermission(user.role, "events.replay") && (
        <BulkReplay
          filter={params}
          failedCount={counts.FAILED.count + counts.DEAD.count}
          failedCountApproximate={counts.FAILED.approximate || counts.DEAD.approximate}
          // The replay action filters with eventWhere, which has no payload search: it would replay more than is shown.
          disabledReason={filter.q ? "Bulk replay ignores the payload text search; clear “Text in payload” to use it." : undefined}
        />
      )}
      <QueryProvider>
        <EventsLog
          initial={events.map((e) => toEventRowView(e, user.role))}
          startAfter={newestId.toString()}
          filterQuery={query.toString()}
          canTail={!filter.before}
        />
      </QueryProvider>
      {/* The log's page size is the server's; keyset pages only go forward, "First page" returns to the newest. */}
      <DataTablePager mode="keyset" nextCursor={nextCursor} shown={events.length} noun="events" sizes={[]} />
    </>
  );
}
