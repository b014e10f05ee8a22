import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { EVENT_HANDLERS, handleOne } from "@/lib/events/handlers";

import { insertOpenOrder } from "./test-order-book";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

let nextEventId = 9_000_000n;
async function deliver(type: string, data: Record<string, unknown>) {
  const id = nextEventId++;
  const event = {
    id,
    provider: "WISEALPHA" as const,
    type,
    payload: { id: `ev-${id}`, created: "2026-11-23T10:00:00Z", event_type: type, customer_id: "10000001", data },
  };
  const handler = EVENT_HANDLERS[`WISEALPHA:${type}`]!;
  await db.$transaction((tx) => handleOne(handler, tx, event));
  // A replay runs the handler again on the same event.
  await db.$transaction((tx) => handleOne(handler, tx, event));
}

const seedEntry = (id: string) => insertOpenOrder(db, id, { side: "SELL", providerCreatedAt: new Date("2026-11-23T09:00:00Z") });

/** An order that is its own chain (not re-priced yet): its id and original id are the same. */
const orderIds = (id: string) => ({ order_id: id, original_id: id });

describe("WiseAlpha order events on the book", () => {
  it("a price change suspends the order with old and new price; a replay adds nothing", async () => {
    await seedEntry("MKTSELL90000001");
    await deliver("sell-order.price-change", {
      ...orderIds("MKTSELL90000001"),
      old_price: "100.0000",
      new_price: "101.2500",
      amount_remaining: "100.00",
      currency: "GBP",
    });
    const row = await db.orderBookEntry.findUniqueOrThrow({ where: { id: "MKTSELL90000001" } });
    expect(row.state).toBe("CONFIRM");
    expect(row.price.toFixed(4)).toBe("100.0000");
    expect(row.newPrice?.toFixed(4)).toBe("101.2500");
    expect(await db.orderHistoryEntry.count({ where: { orderId: "MKTSELL90000001", kind: "price_change" } })).toBe(1);
  });

  it("a partial fill then cancel: partly filled in history, the row cancelled; a late price change does not reopen it", async () => {
    await seedEntry("MKTSELL90000002");
    const base = { ...orderIds("MKTSELL90000002"), currency: "GBP" };
    await deliver("sell-order.filled", { ...base, amount_requested: "100.00", amount_filled: "40.00", cash_received: "40.10" });
    expect((await db.orderBookEntry.findUniqueOrThrow({ where: { id: "MKTSELL90000002" } })).state).toBe("OPEN");
    await deliver("sell-order.cancelled", { ...base, reason: "None available.", amount_remaining: "60.00" });
    await deliver("sell-order.price-change", { ...base, old_price: "100", new_price: "99", amount_remaining: "60.00" });
    expect((await db.orderBookEntry.findUniqueOrThrow({ where: { id: "MKTSELL90000002" } })).state).toBe("CANCELLED");
    const kinds = (await db.orderHistoryEntry.findMany({ where: { originalId: "MKTSELL90000002" }, orderBy: { id: "asc" } })).map(
      (h) => h.kind,
    );
    expect(kinds).toEqual(["partly_filled", "cancelled", "price_change"]);
  });

  it("a complete fill closes the order", async () => {
    await seedEntry("MKTSELL90000003");
    await deliver("sell-order.filled", { ...orderIds("MKTSELL90000003"), amount_requested: "100.00", amount_filled: "100.00" });
    expect((await db.orderBookEntry.findUniqueOrThrow({ where: { id: "MKTSELL90000003" } })).state).toBe("FILLED");
  });
});
