import { afterAll, beforeAll } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
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
