import { notFound } from "next/navigation";

import { EventDetail } from "@/components/events/event-detail";
import { ReplayEventButton } from "@/components/events/replay-event-button";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { visibleError } from "@/lib/events/event-row";
import { getEvent } from "@/lib/events/find-events";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const metadata = { title: "Event" };

type Props = { params: Promise<{ id: string }> };

const iso = (date: Date | null) => date?.toISOString() ?? null;

export default async function EventPage({ params }: Props) {
  const user = await requirePagePermission("events.read");
  const { id } = await params;
  // Ids beyond int8 (`/events/99999999999999999999`) are no event of ours: not found, not a database error.
  const eventId = parseBigIntId(id);
  if (eventId === undefined) notFound();
  const event = await getEvent(eventId);
  if (!event) notFound();

  return (
    <>
      <BackLink href="/events">Events</BackLink>
      <PageHeader
        title={event.type}
        description={`${event.provider} event ${event.providerEventId}, received over ${event.transport}.`}
        actions={hasPermission(user.role, "events.replay") && <ReplayEventButton eventId={id} pending={event.status === "PENDING"} />}
      />
      <EventDetail
        event={{
          ...event,
          id,
          // The raw processing error only to those who may see internals.
          lastError: visibleError(event.lastError, user.role),
          providerCreatedAt: iso(event.providerCreatedAt),
          receivedAt: event.receivedAt.toISOString(),
          lastDeliveredAt: event.lastDeliveredAt.toISOString(),
          nextAttemptAt: iso(event.nextAttemptAt),
          processedAt: iso(event.processedAt),
          payloadPurgedAt: iso(event.payloadPurgedAt),
          refs: {
            portfolioRef: event.portfolioRef,
            userRef: event.userRef,
            customerRef: event.customerRef,
            accountRef: event.accountRef,
            orderRef: event.orderRef,
            investmentRef: event.investmentRef,
          },
        }}
      />
    </>
  );
}
