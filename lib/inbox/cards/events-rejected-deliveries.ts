import { findRejections, REJECTIONS_RECENT_HOURS } from "@/lib/events/find-events";

import { PREVIEW_ITEMS, type InboxCard } from "../card-types";

export const eventsRejectedDeliveries: InboxCard = {
  id: "events-rejected-deliveries",
  group: "Events",
  title: `Rejected deliveries (${REJECTIONS_RECENT_HOURS} h)`,
  hint: "Deliveries refused before storage (bad signature, unreadable body): a key may be wrong.",
  permission: "events.read",
  tone: "attention",
  href: () => "/events/rejections?recent=1",
  async load(_user, { now }) {
    const { rejections, total } = await findRejections(undefined, PREVIEW_ITEMS, now);
    return {
      count: total ?? 0,
      oldestAt: rejections.at(-1)?.receivedAt.toISOString() ?? null,
      items: rejections.map((r) => ({
        id: r.id.toString(),
        label: r.reason.slice(0, 80),
        detail: `${r.provider} · ${r.transport}`,
        href: "/events/rejections?recent=1",
        at: r.receivedAt.toISOString(),
      })),
    };
  },
};
