import Link from "next/link";

import { EventsTabs } from "@/components/events/events-tabs";
import { RejectionsTable } from "@/components/events/rejections-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findRejections } from "@/lib/events/find-events";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const metadata = { title: "Rejected deliveries" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RejectionsPage({ searchParams }: Props) {
  await requirePagePermission("events.read");
  const { before } = await searchParams;
  // A cursor beyond int8 is ignored rather than sent to PostgreSQL (where it overflows).
  const cursor = parseBigIntId(before);
  const { rejections, nextCursor } = await findRejections(cursor);

  return (
    <>
      <PageHeader
        title="Events"
        description="Deliveries we refused and did not store, newest first: a missing event may have arrived with a bad signature."
      />
      <EventsTabs current="rejections" />
      <RejectionsTable rejections={rejections.map((r) => ({ ...r, id: r.id.toString(), receivedAt: r.receivedAt.toISOString() }))} />
      <div className="mt-4 flex gap-3 text-sm">
        {cursor !== undefined && (
          <Link className="underline" href="/events/rejections">
            Newest
          </Link>
        )}
        {nextCursor && (
          <Link className="underline" href={`/events/rejections?before=${nextCursor}`}>
            Older rejections
          </Link>
        )}
      </div>
    </>
  );
}
