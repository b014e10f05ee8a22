import { createLoader, parseAsString, type SearchParams } from "nuqs/server";
import Link from "next/link";

import { EventsTabs } from "@/components/events/events-tabs";
import { RejectionsTable } from "@/components/events/rejections-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findRejections, REJECTIONS_RECENT_HOURS } from "@/lib/events/find-events";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const metadata = { title: "Rejected deliveries" };

type Props = { searchParams: Promise<SearchParams> };

// The list's URL state: the keyset cursor (checked below, not by the parser) and ?recent=1 (the home card).
const loadRejectionSearchParams = createLoader({ cursor: parseAsString, recent: parseAsString });

export default async function RejectionsPage({ searchParams }: Props) {
  await requirePagePermission("events.read");
  const { cursor: text, recent } = await loadRejectionSearchParams(searchParams);
  // ?recent=1: only the last REJECTIONS_RECENT_HOURS, with their total (the home card's count).
  const recentAt = recent === "1" ? new Date() : undefined;
  // A cursor beyond int8 is ignored rather than sent to PostgreSQL (where it overflows).
  const cursor = parseBigIntId(text ?? undefined);
  const { rejections, nextCursor, total } = await findRejections(cursor, undefined, recentAt);

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
      <RejectionsTable
        rejections={rejections.map((r) => ({ ...r, id: r.id.toString(), receivedAt: r.receivedAt.toISOString() }))}
        nextCursor={nextCursor}
      />
    </>
  );
}
