import Link from "next/link";

import { EventsTabs } from "@/components/events/events-tabs";
import { RejectionsTable } from "@/components/events/rejections-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findRejections, REJECTIONS_RECENT_HOURS } from "@/lib/events/find-events";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const metadata = { title: "Rejected deliveries" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RejectionsPage({ searchParams }: Props) {
  await requirePagePermission("events.read");
  const { before, recent } = await searchParams;
  // ?recent=1 (the home card): only the last REJECTIONS_RECENT_HOURS, with their total.
  const recentAt = recent === "1" ? new Date() : undefined;
  // A cursor beyond int8 is ignored rather than sent to PostgreSQL (where it overflows).
  const cursor = parseBigIntId(before);
  const { rejections, nextCursor, total } = await findRejections(cursor, undefined, recentAt);
  const keep = recentAt ? "recent=1&" : "";

  return (
    <>
      <PageHeader
        title="Events"
        description="Deliveries we refused and did not store, newest first: a missing event may have arrived with a bad signature."
      />
      <EventsTabs current="rejections" />
      {total !== null && (
        <p className="mb-3 text-sm" data-testid="rejections-recent">
          <strong>{total}</strong> refused in the last {REJECTIONS_RECENT_HOURS} hours ·{" "}
          <Link className="underline" href="/events/rejections">
            show all
          </Link>
        </p>
      )}
      <RejectionsTable rejections={rejections.map((r) => ({ ...r, id: r.id.toString(), receivedAt: r.receivedAt.toISOString() }))} />
      <div className="mt-4 flex gap-3 text-sm">
        {cursor !== undefined && (
          <Link className="underline" href={`/events/rejections${recentAt ? "?recent=1" : ""}`}>
            Newest
          </Link>
        )}
        {nextCursor && (
          <Link className="underline" href={`/events/rejections?${keep}before=${nextCursor}`}>
            Older rejections
          </Link>
        )}
      </div>
    </>
  );
}
