import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { startHarness, type Harness } from "@/lib/providers/wisealpha/test-sandbox";

import { findBookDepth } from "@/lib/orders/find-order-book";
import { reconcileWiseAlphaOrderBook } from "./reconcile-wisealpha";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
let harness: Harness;
let wiseAlpha: WiseAlphaClient;

type Level = { side: "BUY" | "SELL"; price: string; count: number; total: string };

/** The truth, straight from the sandbox: every customer's live orders, summed by product, side and price. */
async function depthAtSandbox(): Promise<Map<string, Level[]>> {
  const levels = new Map<string, Map<string, { count: number; total: Decimal }>>();
  for await (const customer of wiseAlpha.iterateCustomers()) {
    const accounts = await wiseAlpha.listInvestmentAccounts(customer.customer_id).catch(() => []);
    for (const account of accounts)
      for (const side of ["buy", "sell"] as const)
        for await (const order of wiseAlpha.iterateOrders({ customerId: customer.customer_id, accountId: account.id }, side)) {
          const byLevel = levels.get(order.product_id) ?? new Map<string, { count: number; total: Decimal }>();
          levels.set(order.product_id, byLevel);
          const key = `${side.toUpperCase()}|${new Decimal(order.price).toFixed(4)}`;
          const level = byLevel.get(key) ?? { count: 0, total: new Decimal(0) };
          byLevel.set(key, { count: level.count + 1, total: level.total.add(order.amount) });
        }
  }
  return new Map(
    [...levels].map(([product, byLevel]) => [
      product,
      [...byLevel]
        .map(([key, l]) => {
          const [side, price] = key.split("|") as ["BUY" | "SELL", string];
          return { side, price, count: l.count, total: l.total.toFixed(2) };
        })
        .sort(byLevel_),
    ]),
  );
}
const byLevel_ = (a: Level, b: Level) => a.side.localeCompare(b.side) || new Decimal(a.price).comparedTo(b.price);

async function depthInOurBook(productId: string): Promise<Level[]> {
  const levels = await findBookDepth(productId);
  return levels
    .map((l) => ({ side: l.side, price: new Decimal(l.price).toFixed(4), count: l.count, total: new Decimal(l.total).toFixed(2) }))
    .sort(byLevel_);
}

beforeAll(async () => {
  // Webhooks go nowhere: only the reconciliation can fill the book here.
  harness = await startHarness();
  wiseAlpha = harness.client();
  await db.orderBookEntry.deleteMany({});
});
afterAll(async () => {
  await harness?.close();
  await db.$disconnect();
});

describe("order book reconciliation with WiseAlpha", () => {
  it("gives, per product of the seeded market, the depth of the open orders at the sandbox", async () => {
    const result = await reconcileWiseAlphaOrderBook(db, wiseAlpha);
    const truth = await depthAtSandbox();
    expect(truth.size).toBeGreaterThan(0);
    expect(result.orders).toBe([...truth.values()].flat().reduce((n, l) => n + l.count, 0));
    const products: string[] = [];
    for await (const p of wiseAlpha.iterateProducts()) products.push(p.product_id);
    for (const productId of products) expect(await depthInOurBook(productId), productId).toEqual(truth.get(productId) ?? []);

    const sync = await db.orderBookSync.findUniqueOrThrow({ where: { provider: "WISEALPHA" } });
    expect(sync.succeededAt).not.toBeNull();
    expect(sync.orders).toBe(result.orders);
  });

  it("a second round changes nothing; a fill, a partial fill and a cancel at the sandbox are caught up", async () => {
    const second = await reconcileWiseAlphaOrderBook(db, wiseAlpha);
    expect(second).toMatchObject({ created: 0, closed: 0 });

    const live = await db.orderBookEntry.findMany({ where: { state: "OPEN" }, orderBy: { id: "asc" }, take: 3 });
    expect(live).toHaveLength(3);
    const [full, part, cancelled] = live as [(typeof live)[0], (typeof live)[0], (typeof live)[0]];
    await harness.control("POST", `orders/${full.id}/fill`);
    await harness.control("POST", `orders/${part.id}/fill`, { amount: "1.00" });
    await harness.control("POST", `orders/${cancelled.id}/cancel`, { reason: "test" });

    const third = await reconcileWiseAlphaOrderBook(db, wiseAlpha);
    expect(third.created).toBe(1);
    expect(third.closed).toBe(2);
    const states = await db.orderBookEntry.findMany({
      where: { originalId: { in: live.map((l) => l.originalId) } },
      orderBy: { id: "asc" },
    });
    expect(states.find((s) => s.id === full.id)?.state).toBe("FILLED");
    expect(states.find((s) => s.id === cancelled.id)?.state).toBe("CANCELLED");
    expect(states.find((s) => s.id === part.id)?.state).toBe("REPLACED");
    const remainder = states.find((s) => s.originalId === part.originalId && s.id !== part.id);
    expect(remainder?.state).toBe("OPEN");
    expect(remainder!.amount.lessThan(part.amount)).toBe(true);
    const history = await db.orderHistoryEntry.findMany({ where: { originalId: part.originalId } });
    expect(history.map((h) => h.kind)).toContain("partly_filled");

    for (const productId of new Set(live.map((l) => l.productId)))
      expect(await depthInOurBook(productId)).toEqual((await depthAtSandbox()).get(productId) ?? []);
  });
});
