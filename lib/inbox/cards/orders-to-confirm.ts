import { findOrdersToConfirm } from "@/lib/orders/orders-to-confirm";

import { PREVIEW_ITEMS, type InboxCard } from "../card-types";

export const ordersToConfirm: InboxCard = {
  id: "orders-to-confirm",
  group: "Orders",
  title: "Orders to confirm",
  hint: "WiseAlpha re-priced these orders: confirm at the new price or cancel.",
  permission: "orders.trade",
  tone: "work",
  href: () => "/orders/to-confirm",
  async load() {
    const { orders, total } = await findOrdersToConfirm(1, PREVIEW_ITEMS);
    return {
      count: total,
      oldestAt: orders[0]?.waitingSince ?? null,
      items: orders.map((o) => ({
        id: o.id,
        label: `${o.side} ${o.amount} ${o.currency} · ${o.productId}`,
        detail: `${o.price} → ${o.newPrice ?? "?"} · customer ${o.customerRef}`,
        href: `/orders/to-confirm#order-${o.id}`,
        at: o.waitingSince,
      })),
    };
  },
};
