import { findLostPlacements } from "@/lib/orders/orders-to-confirm";

import { PREVIEW_ITEMS, type InboxCard } from "../card-types";

export const ordersLostPlacements: InboxCard = {
  id: "orders-lost-placements",
  group: "Orders",
  title: "Placements to check at WiseAlpha",
  hint: "Sent, but the answer was lost: check at WiseAlpha before anything is sent again.",
  permission: "orders.trade",
  tone: "attention",
  href: () => "/orders/to-confirm?view=lost",
  async load() {
    const { placements, total } = await findLostPlacements(1, PREVIEW_ITEMS);
    return {
      count: total,
      oldestAt: placements[0]?.sentAt ?? null,
      items: placements.map((p) => ({
        id: p.id,
        label: `${p.side} ${p.amount} ${p.currency} · ${p.productId}`,
        detail: `customer ${p.customerRef}`,
        href: `/orders/customers/${encodeURIComponent(p.customerRef)}`,
        at: p.sentAt,
      })),
    };
  },
};
