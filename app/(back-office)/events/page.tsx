import Link from "next/link";

import { BulkReplay } from "@/components/events/bulk-replay";
import { EventFilters } from "@/components/events/event-filters";
import { EventsChart } from "@/components/events/events-chart";
import { EventsLog } from "@/components/events/events-log";
import { EventsTabs } from "@/components/events/events-tabs";
import { StatusCounts } from "@/components/events/status-counts";
import { QueryProvider } from "@/components/providers/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { filterParams, parseEventFilter } from "@/lib/data/events/event-filter-params";
import { toEventRowView } from "@/lib/data/events/event-row";
import { countEventsByStatus, eventsPerTypeOverTime, findEvents, latestEventId, type TimeBucket } from "@/lib/data/events/find-events";
import { eventFilterSchema } from "@/lib/validations/events";

export const metadata = { title: "Events" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const HOUR = 3_600_000;

/** The chart covers the filter's period, or the last 24 hours; buckets fine enough to see a gap, coarse enough to read. */
function chartPeriod(from: Date | undefined, to: Date | undefined): { from: Date; to: Date; bucket: TimeBucket } {
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - 24 * HOUR);
  const span = end.getTime() - start.getTime();
  return { from: start, to: end, bucket: span <= 3 * HOUR ? "minute" : span <= 3 * 24 * HOUR ? "hour" : "day" };
}

export default async function EventsPage({ searchParams }: Props) {
  const user = await requirePagePermission("events.read");
  const raw = await searchParams;
  const parsed = parseEventFilter(raw);
  const filter = parsed.success ? parsed.data : eventFilterSchema.parse({});
  const params = parsed.success ? filterParams(raw) : {};
  const period = chartPeriod(filter.from, filter.to);

  const [{ events, nextCursor }, counts, points, newestId] = await Promise.all([
    findEvents(filter),
    countEventsByStatus(filter),
    eventsPerTypeOverTime({ ...filter, from: period.from, to: period.to }, period.bucket),
    latestEventId(),
  ]);

  const query = new URLSearchParams(params);
  const olderHref = nextCursor ? `/events?${new URLSearchParams([...query, ["before", nextCursor]]).toString()}` : null;
  const exportHref = (format: string) => `/api/events/export?${new URLSearchParams([...query, ["format", format]]).toString()}`;
  const canExport = hasPermission(user.role, "events.export");
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";

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
      <EventFilters initial={params} />
      {!parsed.success && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-2 text-sm text-red-800">
          {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" ")} The filter was ignored.
        </p>
      )}
      <StatusCounts counts={counts} params={params} active={filter.status} />
      <EventsChart points={points} bucket={period.bucket} from={period.from.toISOString()} to={period.to.toISOString()} />
      {hasPermission(user.role, "events.replay") && (
        <BulkReplay
          filter={params}
          failedCount={counts.FAILED + counts.DEAD}
          // The replay action filters with eventWhere, which has no payload search: it would replay more than is shown.
          disabledReason={filter.q ? "Bulk replay ignores the payload text search; clear “Text in payload” to use it." : undefined}
        />
      )}
      <QueryProvider>
        <EventsLog
          initial={events.map(toEventRowView)}
          startAfter={newestId.toString()}
          filterQuery={query.toString()}
          canTail={!filter.before}
        />
      </QueryProvider>
      <div className="mt-4 flex gap-3 text-sm">
        {filter.before && (
          <Link className="underline" href={`/events?${query.toString()}`}>
            Newest
          </Link>
        )}
        {olderHref && (
          <Link className="underline" href={olderHref}>
            Older events
          </Link>
        )}
      </div>
    </>
  );
}
