import "server-only";

import type { EventStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { countEventsByStatus } from "@/lib/events/count-events-by-status";
import { eventFilterSchema } from "@/lib/validations/events";

import { PREVIEW_ITEMS, type InboxCard } from "./card-types";

/** The statuses the home's event cards show (failed, dead, the processing lag's pending). */
const HOME_STATUSES: readonly EventStatus[] = ["FAILED", "DEAD", "PENDING"];

/**
 * A card over the event log narrowed to one status. The count is the figure the log itself
 * shows for that status (countEventsByStatus: exact when rare, else marked ≈), read once per
 * home load for all status cards; the preview is the oldest few, from the (status, id) index.
 */
export function eventStatusCard(
  status: EventStatus,
  card: { id: string; title: string; hint: string; tone: InboxCard["tone"] },
): InboxCard {
  return {
    ...card,
    group: "Events",
    permission: "events.read",
    href: () => `/events?status=${status}`,
    async load(_user, { memo }) {
      const [counts, oldest] = await Promise.all([
        memo("event-counts", () => countEventsByStatus(eventFilterSchema.parse({}), HOME_STATUSES)),
        getDb().providerEvent.findMany({
          where: { status },
          orderBy: { id: "asc" },
          take: PREVIEW_ITEMS,
          select: { id: true, provider: true, type: true, receivedAt: true, lastError: true },
        }),
      ]);
      return {
        count: counts[status].count,
        approximate: counts[status].approximate,
        oldestAt: oldest[0]?.receivedAt.toISOString() ?? null,
        items: oldest.map((e) => ({
          id: e.id.toString(),
          label: `${e.type}`,
          detail: `${e.provider} · #${e.id}${e.lastError ? ` · ${e.lastError.slice(0, 60)}` : ""}`,
          href: `/events/${e.id}`,
          at: e.receivedAt.toISOString(),
        })),
      };
    },
  };
}
