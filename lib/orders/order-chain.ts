import "server-only";

import { getDb } from "@/lib/db";

import { entryView, type BookEntryView } from "./find-order-book";

export type ChainEvent = {
  id: string;
  orderId: string;
  kind: string;
  occurredAt: string;
  eventId: string | null;
  actor: string | null;
  details: Record<string, unknown>;
};

/** Every id an order has had (from its original_id) and what happened to it, oldest first. */
export async function getOrderChain(originalId: string): Promise<{ orders: BookEntryView[]; events: ChainEvent[] }> {
  const db = getDb();
  const [orders, events] = await Promise.all([
    db.orderBookEntry.findMany({ where: { originalId }, orderBy: [{ providerCreatedAt: "asc" }, { id: "asc" }] }),
    db.orderHistoryEntry.findMany({ where: { originalId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  return {
    orders: orders.map(entryView),
    events: events.map((e) => ({
      id: e.id.toString(),
      orderId: e.orderId,
      kind: e.kind,
      occurredAt: e.occurredAt.toISOString(),
      eventId: e.eventId?.toString() ?? null,
      actor: e.actorId ? (actors.get(e.actorId) ?? e.actorId) : null,
      details: (e.details ?? {}) as Record<string, unknown>,
    })),
  };
}
