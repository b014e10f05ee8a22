import { z } from "zod";

import type { EventHandler, HandledEvent } from "@/lib/events/handlers";
import { onePerSubject } from "@/lib/events/one-per-subject";
import { notifyOrderPlacers } from "@/lib/notifications/notify-causes";

import { closeEntry, recordHistories, recordHistory } from "./projection";
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

type ParsedOrderEvent = { data: OrderEventData; occurredAt: Date; eventId: bigint };

function parse(event: HandledEvent): ParsedOrderEvent {
  const parsed = eventSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`${event.type} without order_id: ${parsed.error.issues[0]?.message ?? "unreadable"}`);
  const occurredAt = parsed.data.created ? new Date(parsed.data.created) : new Date();
  return { data: parsed.data.data, occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt, eventId: event.id };
}

async function originalIdOf(tx: Tx, data: OrderEventData): Promise<string> {
  return (await originalIdsOf(tx, [{ data }])).get(data.order_id)!;
}

/** Each order's chain: the event's original_id, else our row's, else the order itself (one read for all). */
async function originalIdsOf(tx: Tx, events: { data: OrderEventData }[]): Promise<Map<string, string>> {
  const unknown = events.filter((e) => !e.data.original_id).map((e) => e.data.order_id);
  const rows =
    unknown.length === 0
      ? []
      : await tx.orderBookEntry.findMany({ where: { id: { in: unknown } }, select: { id: true, originalId: true } });
  const ours = new Map(rows.map((r) => [r.id, r.originalId]));
  return new Map(events.map(({ data }) => [data.order_id, data.original_id ?? ours.get(data.order_id) ?? data.order_id]));
}

/**
 * `*-order.price-change`: the order waits in `confirm` until the customer confirms at new_price or
 * cancels. Set-based (#19): one UPDATE for the rows, one INSERT for the history, two statements for
 * the placers' notifications, whatever the number of events; one event is a set of one.
 */
export async function onOrderPriceChanges(tx: Tx, events: HandledEvent[]) {
  for (const set of onePerSubject(events.map(parse), (e) => e.data.order_id)) await applyPriceChanges(tx, set);
}

async function applyPriceChanges(tx: Tx, changes: ParsedOrderEvent[]) {
  // Live rows only: a closed row never reopens. Prices are decimal text, cast by PostgreSQL (never a float).
  await tx.$executeRawUnsafe(
    `UPDATE "OrderBookEntry" o
        SET state = 'CONFIRM', "newPrice" = u.new_price::numeric, price = COALESCE(u.old_price::numeric, o.price),
            "updatedAt" = $4::timestamptz AT TIME ZONE 'UTC'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, new_price, old_price)
      WHERE o.id = u.id AND o.state IN ('OPEN', 'CONFIRM')`,
    changes.map((c) => c.data.order_id),
    changes.map((c) => c.data.new_price ?? null),
    changes.map((c) => c.data.old_price ?? null),
    new Date().toISOString(),
  );
  const originals = await originalIdsOf(tx, changes);
  await recordHistories(
    tx,
    changes.map(({ data, occurredAt, eventId }) => ({
      originalId: originals.get(data.order_id)!,
      orderId: data.order_id,
      kind: "price_change",
      occurredAt,
      eventId,
      details: { old_price: data.old_price, new_price: data.new_price, amount_remaining: data.amount_remaining, currency: data.currency },
    })),
  );
  await notifyOrderPlacers(
    tx,
    changes.map(({ data, eventId }) => ({
      kind: "order.needs_confirmation",
      originalId: originals.get(data.order_id)!,
      orderId: data.order_id,
      eventId,
    })),
  );
}

/** `*-order.filled`: completely filled, or partly filled with the rest cancelled (a cancelled event follows). */
export const onOrderFilled: EventHandler = async (tx, event) => {
  const { data, occurredAt } = parse(event);
  const complete = !data.amount_requested || !data.amount_filled || data.amount_requested === data.amount_filled;
  if (complete) await closeEntry(tx, data.order_id, "FILLED", occurredAt);
  const originalId = await originalIdOf(tx, data);
  await recordHistory(tx, {
    originalId,
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
  if (complete) await notifyOrderPlacers(tx, [{ kind: "order.filled", originalId, orderId: data.order_id, eventId: event.id }]);
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
