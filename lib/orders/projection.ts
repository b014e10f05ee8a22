import type { OrderEntryState, OrderSide } from "@/generated/prisma/client";
import type { WiseAlphaOrder } from "@/lib/providers/wisealpha/transform";
import type { Tx } from "@/lib/db";
import { insertRows } from "@/lib/db/insert-rows";

/**
 * Our projection of WiseAlpha orders: one row per provider order id, plus the history of
 * each chain (every id sharing an original_id). Events, the reconciliation and our own
 * actions all write through here, inside the caller's transaction, so they agree on the
 * rules: ids are never reused, a closed row never reopens, and a new id in a chain
 * replaces the live one it continues (a confirm at the new price, or a partial fill).
 */

export const LIVE_STATES: OrderEntryState[] = ["OPEN", "CONFIRM"];
export const isLive = (state: OrderEntryState) => state === "OPEN" || state === "CONFIRM";

export type HistoryKind = "placed" | "price_change" | "confirmed" | "partly_filled" | "filled" | "cancelled" | "cancel_requested" | "gone";

export type HistoryInput = {
  originalId: string;
  orderId: string;
  kind: HistoryKind;
  occurredAt: Date;
  eventId?: bigint | null;
  actorId?: string | null;
  details?: Record<string, unknown>;
};

/** One history row; an event's row is written once however often the event is replayed. */
export async function recordHistory(tx: Tx, input: HistoryInput) {
  await recordHistories(tx, [input]);
}

/** Many history rows in one statement (the event batch's set-based handlers), each written once. */
export async function recordHistories(tx: Tx, inputs: HistoryInput[]) {
  const createdAt = new Date();
  await insertRows(
    tx,
    "OrderHistoryEntry",
    {
      originalId: "text",
      orderId: "text",
      kind: "text",
      occurredAt: "timestamp(3)",
      eventId: "bigint",
      actorId: "text",
      details: "jsonb",
      createdAt: "timestamp(3)",
    },
    inputs.map((input) => ({ ...input, details: input.details ?? {}, createdAt })),
    { onConflictDoNothing: true },
  );
}

export type LiveOrder = {
  order: WiseAlphaOrder;
  side: OrderSide;
  customerRef: string;
  accountRef: string;
  seenAt: Date;
  /** The price a confirm would use, when WiseAlpha's order is in `confirm`. */
  newPrice?: string | null;
  actorId?: string | null;
};

/** WiseAlpha's address of the order a book row is about (the client reads an order by customer, account and side). */
export function wiseAlphaOrderRef(row: { id: string; customerRef: string; accountRef: string; side: OrderSide }) {
  return { customerId: row.customerRef, accountId: row.accountRef, side: row.side === "BUY" ? "buy" : "sell", orderId: row.id } as const;
}

/** WiseAlpha's state word as ours; anything that is not live there is closed here. */
export function entryStateOf(providerState: string): OrderEntryState {
  switch (providerState) {
    case "open":
      return "OPEN";
    case "confirm":
      return "CONFIRM";
    case "filled":
      return "FILLED";
    case "cancelled":
      return "CANCELLED";
    case "replaced":
      return "REPLACED";
    default:
      return "GONE";
  }
}

/**
 * Applies an order as WiseAlpha showed it. Returns "skipped" for an id we already closed
 * (a list read before a cancel must not bring it back).
 */
export async function applyProviderOrder(tx: Tx, live: LiveOrder): Promise<"created" | "updated" | "skipped"> {
  const { order } = live;
  const state = entryStateOf(order.state);
  const existing = await tx.orderBookEntry.findUnique({ where: { id: order.id }, select: { state: true } });
  if (existing && !isLive(existing.state)) return "skipped";
  const fields = {
    state,
    amount: order.amount,
    principal: order.principal ?? null,
    price: order.price,
    newPrice: state === "CONFIRM" ? (live.newPrice ?? undefined) : null,
    closedAt: isLive(state) ? null : live.seenAt,
  };
  if (existing) {
    await tx.orderBookEntry.update({ where: { id: order.id }, data: { ...fields, lastSeenAt: live.seenAt } });
    return "updated";
  }
  const predecessors = await tx.orderBookEntry.findMany({
    where: { originalId: order.original_id, state: { in: LIVE_STATES }, id: { not: order.id } },
  });
  await tx.orderBookEntry.create({
    data: {
      ...fields,
      newPrice: fields.newPrice ?? null,
      id: order.id,
      originalId: order.original_id,
      customerRef: live.customerRef,
      accountRef: live.accountRef,
      productId: order.product_id,
      side: live.side,
      orderType: order.type ?? null,
      currency: order.currency,
      providerCreatedAt: new Date(order.created),
      lastSeenAt: live.seenAt,
    },
  });
  const at = new Date(order.created);
  if (order.id === order.original_id) {
    await recordHistory(tx, {
      originalId: order.original_id,
      orderId: order.id,
      kind: "placed",
      occurredAt: at,
      actorId: live.actorId,
      details: { amount: order.amount, price: order.price, principal: order.principal ?? null, currency: order.currency },
    });
  }
  for (const previous of predecessors) {
    // A chain moves on: re-issued at a new price (confirm) or a remainder after a partial fill.
    const confirmed = previous.state === "CONFIRM" && !previous.price.equals(order.price);
    await tx.orderBookEntry.update({ where: { id: previous.id }, data: { state: "REPLACED", closedAt: at } });
    await recordHistory(tx, {
      originalId: order.original_id,
      orderId: previous.id,
      kind: confirmed ? "confirmed" : "partly_filled",
      occurredAt: at,
      actorId: live.actorId,
      details: confirmed
        ? { old_price: previous.price.toString(), new_price: order.price, new_id: order.id }
        : { amount_before: previous.amount.toString(), amount_remaining: order.amount, remainder_id: order.id },
    });
  }
  return "created";
}

/** Closes a live row (filled, cancelled, gone); a closed one stays as it is. */
export async function closeEntry(tx: Tx, id: string, state: Exclude<OrderEntryState, "OPEN" | "CONFIRM">, at: Date) {
  const { count } = await tx.orderBookEntry.updateMany({
    where: { id, state: { in: LIVE_STATES } },
    data: { state, closedAt: at, newPrice: null },
  });
  return count > 0;
}
