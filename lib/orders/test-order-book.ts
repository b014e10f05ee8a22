import { afterAll, beforeAll } from "vitest";

import type { Prisma } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { reconcileWiseAlphaOrderBook } from "./reconcile-wisealpha";

/**
 * Test-only: where the order action tests start. A WiseAlpha sandbox (60 customers) the app
 * points at, our order book emptied and read from it before the first test, and a database
 * client of the suite's own, disconnected after the last. `wiseAlpha` is the test's own client.
 */
export function orderBookSuite() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 4);
  const harness = forSuite(() => startHarness({ SANDBOX_WA_CUSTOMERS: "60" }));
  const wiseAlpha = forSuite(async () => pointAppAtWiseAlpha(harness));
  beforeAll(async () => {
    await db.orderBookEntry.deleteMany({});
    await reconcileWiseAlphaOrderBook(db, wiseAlpha);
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  return { db, harness, wiseAlpha };
}

/**
 * An OPEN order in our book (as a reconcile would have stored it): the demo customer's GBP
 * account, product INVMKT00000001, a buy of 100.00 at 100, its own chain; `fields` change any of it.
 */
export async function insertOpenOrder(
  db: Pick<Db, "orderBookEntry">,
  id: string,
  fields: Partial<Prisma.OrderBookEntryUncheckedCreateInput> = {},
) {
  await db.orderBookEntry.create({
    data: {
      id,
      originalId: id,
      customerRef: "10000001",
      accountRef: "INVACC00000001",
      productId: "INVMKT00000001",
      side: "BUY",
      state: "OPEN",
      currency: "GBP",
      amount: "100.00",
      price: "100",
      providerCreatedAt: new Date(),
      lastSeenAt: new Date(),
      ...fields,
    },
  });
}
