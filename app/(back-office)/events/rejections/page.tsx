import { createLoader, parseAsString, type SearchParams } from "nuqs/server";

import { EventsTabs } from "@/components/events/events-tabs";
import { RejectionsTable } from "@/components/events/rejections-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findRejections } from "@/lib/events/find-events";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const metadata = { title: "Rejected deliveries" };

type Props = { searchParams: Promise<SearchParams> };

// The list's only URL state: the keyset cursor (checked below, not by the parser).
const loadRejectionSearchParams = createLoader({ cursor: parseAsString });

export default async function RejectionsPage({ searchParams }: Props) {
  await requirePagePermission("events.read");
  const { cursor: text } = await loadRejectionSearchParams(searchParams);
  // A cursor beyond int8 is ignored rather than sent to PostgreSQL (where it overflows).
  const cursor = parseBigIntId(text ?? undefined);
  const { rejections, nextCursor } = await findRejections(cursor);

  return (
    <>
      <PageHeader
        title="Events"
        description="Deliveries we refused and did not store, newest first: a missing event may have arrived with a bad signature."
      />
      <EventsTabs current="rejections" />
      <RejectionsTable
        rejections={rejections.map((r) => ({ ...r, id: r.id.toString(), receivedAt: r.receivedAt.toISOString() }))}
        nextCursor={nextCursor}
      />
    </>
  );
}
