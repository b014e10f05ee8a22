import { afterEach, expect, it } from "vitest";

import { orderBookSuite } from "@/lib/orders/test-order-book";
import { DEMO_CUSTOMER } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { allowAuditRows, refuseAuditRowOf } from "@/scripts/test-support/refuse-audit";

import { cancelOrderAction, placeOrderAction, quoteOrderAction } from "./orders";

/**
 * Finding 2 for orders: a database failure after WiseAlpha accepted a cancel or a placement
 * leaves the ATTEMPTED row and says the change may already have been applied; a placement is
 * left UNKNOWN so "Check at WiseAlpha" finds it rather than it being sent twice.
 */
const { db, wiseAlpha } = orderBookSuite();

afterEach(async () => {
  await allowAuditRows();
});

it("cancel: a DB failure after WiseAlpha cancelled leaves the intent row and says 'may already have been applied'", async () => {
  const order = await db.orderBookEntry.findFirstOrThrow({ where: { state: "OPEN" }, orderBy: { id: "desc" } });
  await signInAs("STAFF");
  await refuseAuditRowOf("order.cancelled");
  const result = await cancelOrderAction({ orderId: order.id });
  expect(result.serverError).toMatch(/may already have been applied at WiseAlpha/);
  const side = order.side === "BUY" ? "buy" : "sell";
  expect((await wiseAlpha.getOrder({ customerId: order.customerRef, accountId: order.accountRef, side, orderId: order.id })).state).toBe(
    "cancelled",
  );
  const audits = await db.auditEntry.findMany({ where: { action: "order.cancelled", targetId: order.id } });
  expect(audits.map((a) => a.outcome)).toContain("ATTEMPTED");
  expect(audits.filter((a) => a.outcome === "SUCCESS")).toEqual([]);
});

it("place: a DB failure after WiseAlpha placed the order says 'may already have been applied' and leaves it UNKNOWN", async () => {
  await signInAs("STAFF");
  const quote = await quoteOrderAction({
    ...{ customerRef: DEMO_CUSTOMER.customerId, accountRef: DEMO_CUSTOMER.accountId },
    productId: "INVMKT00000001",
    side: "BUY",
    orderType: "principal",
    amount: "12.00",
    currency: "GBP",
    price: "100",
  });
  const placementId = quote.data!.placementId!;
  await refuseAuditRowOf("order.placed");
  const result = await placeOrderAction({ placementId });
  expect(result.serverError).toMatch(/may already have been applied at WiseAlpha/);
  expect((await db.orderPlacement.findUniqueOrThrow({ where: { id: placementId } })).state).toBe("UNKNOWN");
  const audits = await db.auditEntry.findMany({ where: { action: "order.placed", details: { path: ["placement"], equals: placementId } } });
  expect(audits.map((a) => a.outcome)).toContain("ATTEMPTED");
});
