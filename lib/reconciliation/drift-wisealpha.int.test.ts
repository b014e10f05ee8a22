import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { syncWiseAlphaCustomers } from "@/lib/onboarding/sync-customers";
import { reconcileWiseAlphaOrderBook } from "@/lib/orders/reconcile-wisealpha";
import { forSuite } from "@/scripts/test-support/for-suite";

import { CUSTOMER_VALIDATION_CHECK, OPEN_ORDERS_CHECK } from "./check-names";
import { wiseAlphaCustomerValidation } from "./checks/wisealpha-customer-validation";
import { wiseAlphaOpenOrders } from "./checks/wisealpha-open-orders";
import { expectOnlyNew, itemOf, runCheck } from "./test-runs";
import { startSandboxes } from "./test-sandboxes";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startSandboxes);

beforeAll(async () => {
  await db.orderBookEntry.deleteMany({});
  // Our records start in agreement with WiseAlpha, as the worker's syncs leave them.
  await reconcileWiseAlphaOrderBook(db, sandboxes.direct.wiseAlpha);
  await syncWiseAlphaCustomers(db, sandboxes.direct.wiseAlpha);
});
afterAll(async () => {
  await db.$disconnect();
});

async function liveOrders(count: number) {
  const rows = await db.orderBookEntry.findMany({ where: { state: "OPEN" }, orderBy: { id: "asc" }, take: count });
  expect(rows).toHaveLength(count);
  return rows;
}

describe("WiseAlpha drift", () => {
  it.each(["fill", "cancel"] as const)(
    "an order %s without an event is one open item; the book sync corrects it, in the open",
    async (action) => {
      const before = await runCheck(db, sandboxes, wiseAlphaOpenOrders);
      const [order] = await liveOrders(action === "fill" ? 1 : 2).then((rows) => (action === "fill" ? rows : rows.slice(1)));
      await sandboxes.control("POST", `/wisealpha/__sandbox/drift/orders/${order!.id}/${action}`, {});

      const after = await runCheck(db, sandboxes, wiseAlphaOpenOrders);
      const item = await expectOnlyNew(db, before, after, order!.id, "closed_at_provider");
      expect(item.ours).toMatchObject({ state: "OPEN" });
      expect(item.theirs).toMatchObject({ state: action === "fill" ? "filled" : "cancelled" });
      // Objects: the customer list, each account side and the one vanished order; never more than one call each.
      expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 2);

      // The cause is fixed the way the worker fixes it: the book sync closes the row and says so.
      await reconcileWiseAlphaOrderBook(db, sandboxes.direct.wiseAlpha);
      const corrected = await itemOf(db, OPEN_ORDERS_CHECK, "WISEALPHA", order!.id);
      expect(corrected.state).toBe("AUTO_CORRECTED");
      expect(corrected.resolution).toMatch(/closed our row as (FILLED|CANCELLED)/);
      const later = await runCheck(db, sandboxes, wiseAlphaOpenOrders);
      expect(later.driftFound).toBe(before.driftFound);
    },
  );

  it("a customer's validation changed without an event is one open item; a later run closes it once our snapshot agrees", async () => {
    const before = await runCheck(db, sandboxes, wiseAlphaCustomerValidation);
    const snapshot = await db.wiseAlphaCustomerSnapshot.findFirstOrThrow({
      where: { amlStatus: { not: "Auto Check Failed" } },
      orderBy: { customerId: "asc" },
    });
    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/customers/${snapshot.customerId}/aml`, { status: "Auto Check Failed" });

    const after = await runCheck(db, sandboxes, wiseAlphaCustomerValidation);
    const item = await expectOnlyNew(db, before, after, snapshot.customerId, "validation_differs");
    expect(item.ours).toMatchObject({ aml: snapshot.amlStatus });
    expect(item.theirs).toMatchObject({ aml: "Auto Check Failed" });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked);

    // The cause is fixed at WiseAlpha (the status put back): a later run sees both sides agree and closes the item.
    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/customers/${snapshot.customerId}/aml`, { status: snapshot.amlStatus });
    const later = await runCheck(db, sandboxes, wiseAlphaCustomerValidation);
    expect(later.closed).toBe(1);
    expect(later.driftFound).toBe(before.driftFound);
    expect(await itemOf(db, CUSTOMER_VALIDATION_CHECK, "WISEALPHA", snapshot.customerId)).toMatchObject({
      state: "RESOLVED",
      resolvedById: null,
      resolution: expect.stringContaining(later.runId),
    });

    // The worker's customer sync corrects such a snapshot too, and records that it did.
    await sandboxes.control("POST", `/wisealpha/__sandbox/drift/customers/${snapshot.customerId}/aml`, { status: "Auto Check Failed" });
    const synced = await syncWiseAlphaCustomers(db, sandboxes.direct.wiseAlpha);
    expect(synced.corrected).toBe(1);
    expect(await itemOf(db, CUSTOMER_VALIDATION_CHECK, "WISEALPHA", snapshot.customerId)).toMatchObject({
      state: "AUTO_CORRECTED",
      resolution: expect.stringContaining("customer sync"),
    });
    expect((await runCheck(db, sandboxes, wiseAlphaCustomerValidation)).driftFound).toBe(before.driftFound);
  });
});
