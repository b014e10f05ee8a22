import { z } from "zod";

import type { EventHandler, HandledEvent } from "@/lib/events/handlers";
import { notifyOrderPlacer } from "@/lib/notifications/notify-causes";

import { closeEntry, recordHistory } from "./projection";
import type { Tx } from "@/lib/db";

/**
 * WiseAlpha's order events (seed 004 "The buy-order and sell-order events"): price-change,
 * filled and cancelled, for buys and sells. Each moves our row and adds one history row
 * (keyed by the event, so a replay adds nothing). The events carry no account id, so an
 * order we have never seen only gets its history here; the reconciliation adds the row.
 */

const decimal = z.union([z.string(), z.number()]).transform(String);
const eventSchema = z.object({
  created: z.string().optional(),
  data: z.looseObject({
    order_id: z.string(),
    original_id: z.string().optional(),
    currency: z.string().optional(),
    old_price: decimal.optional(),
    new_price: decimal.optional(),
    amount_remaining: decimal.optional(),
    amount_requested: decimal.optional(),
    amount_filled: decimal.optional(),
    cash_received: decimal.optional(),
    reason: z.string().optional(),
  }),
});
type OrderEventData = z.infer<typeof eventSchema>["data"];

function parse(event: HandledEvent) {
  const parsed = eventSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`${event.type} without order_id: ${parsed.error.issues[0]?.message ?? "unreadable"}`);
  const occurredAt = parsed.data.created ? new Date(parsed.data.created) : new Date();
  return { data: parsed.data.data, occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt };
}

async function originalIdOf(tx: Tx, data: OrderEventData): Promise<string> {
  if (data.original_id) return data.original_id;
  const row = await tx.orderBookEntry.findUnique({ where: { id: data.order_id }, select: { originalId: true } });
  return row?.originalId ?? data.order_id;
}

/** `*-order.price-change`: the order waits in `confirm` until the customer confirms at new_price or cancels. */
export const onOrderPriceChange: EventHandler = async (tx, event) => {
  const { data, occurredAt } = parse(event);
  await tx.orderBookEntry.updateMany({
    where: { id: data.order_id, state: { in: ["OPEN", "CONFIRM"] } },
    data: { state: "CONFIRM", newPrice: data.new_price ?? null, ...(data.old_price ? { price: data.old_price } : {}) },
  });
  await recordHistory(tx, {
    originalId: await originalIdOf(tx, data),
    orderId: data.order_id,
    kind: "price_change",
    occurredAt,
    eventId: event.id,
    details: { old_price: data.old_price, new_price: data.new_price, amount_remaining: data.amount_remaining, currency: data.currency },
  });
  await notifyOrderPlacer(tx, "order.needs_confirmation", await originalIdOf(tx, data), data.order_id, event.id);
};

/** `*-order.filled`: completely filled, or partly filled with the rest cancelled (a cancelled event follows). */
export const onOrderFilled: EventHandler = async (tx, event) => {
  const { data, occurredAt } = parse(event);
  const complete = !data.amount_requested || !data.amount_filled || data.amount_requested === data.amount_filled;
  if (complete) await closeEntry(tx, data.order_id, "FILLED", occurredAt);
  await recordHistory(tx, {
    originalId: await originalIdOf(tx, data),
    orderId: data.order_id,
    kind: complete ? "filled" : "partly_filled",
    occurredAt,
    eventId: event.id,
    details: {
      amount_requested: data.amount_requested,
      amount_filled: data.amount_filled,
      cash_received: data.cash_received,
      currency: data.currency,
    },
  });
  if (complete) await notifyOrderPlacer(tx, "order.filled", await originalIdOf(tx, data), data.order_id, event.id);
};

/** `*-order.cancelled`: by the customer (our cancel) or by the platform, with its reason. */
export const onOrderCancelled: EventHandler = async (tx, event) => {
  const { data, occurredAt } = parse(event);
  await closeEntry(tx, data.order_id, "CANCELLED", occurredAt);
  await recordHistory(tx, {
    originalId: await originalIdOf(tx, data),
    orderId: data.order_id,
    kind: "cancelled",
    occurredAt,
    eventId: event.id,
    details: { reason: data.reason, amount_remaining: data.amount_remaining, currency: data.currency },
  });
};
