import { afterEach, describe, expect, it, vi } from "vitest";

import { reconcileWiseAlphaOrderBook } from "@/lib/orders/reconcile-wisealpha";
import { orderBookSuite } from "@/lib/orders/test-order-book";
import { ProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { DEMO_CUSTOMER } from "@/lib/providers/wisealpha/test-sandbox";
import { setSession, signInAs } from "@/scripts/test-support/auth";

import {
  cancelCustomerOrdersAction,
  cancelOrderAction,
  checkPlacementAction,
  confirmOrderAction,
  placeOrderAction,
  quoteOrderAction,
} from "./orders";

const { db, harness, wiseAlpha } = orderBookSuite();

afterEach(() => {
  vi.restoreAllMocks();
});

const liveOrder = async (state: "OPEN" | "CONFIRM" = "OPEN", skip = 0) =>
  db.orderBookEntry.findFirstOrThrow({ where: { state }, orderBy: { id: "asc" }, skip });
const atSandbox = (e: { customerRef: string; accountRef: string; side: string; id: string }) =>
  wiseAlpha.getOrder({ customerId: e.customerRef, accountId: e.accountRef, side: e.side === "BUY" ? "buy" : "sell", orderId: e.id });
const orderAudits = () => db.auditEntry.count({ where: { action: { startsWith: "order." } } });
const QUOTE = {
  ...{ customerRef: DEMO_CUSTOMER.customerId, accountRef: DEMO_CUSTOMER.accountId },
  productId: "INVMKT00000001",
  side: "BUY" as const,
  orderType: "principal" as const,
  amount: "500.00",
  currency: "GBP",
  price: "100",
};

describe("COMPLIANCE reads the book but cannot trade", () => {
  it("is refused by every trading action, and nothing changes at WiseAlpha or here", async () => {
    const order = await liveOrder();
    // Denials are counted from here: other files (the authorization coverage test) deny the same action in this database.
    const deniedCancels = () =>
      db.auditEntry.count({ where: { action: "action.denied", details: { path: ["attempted"], equals: "action:cancelOrder" } } });
    const before = { audits: await orderAudits(), placements: await db.orderPlacement.count(), row: order, denied: await deniedCancels() };
    await signInAs("COMPLIANCE");
    const refused = "Your role (COMPLIANCE) does not allow this (orders.trade).";
    expect((await cancelOrderAction({ orderId: order.id })).serverError).toBe(refused);
    expect((await confirmOrderAction({ orderId: order.id })).serverError).toBe(refused);
    expect((await cancelCustomerOrdersAction({ customerRef: order.customerRef })).serverError).toBe(refused);
    expect((await quoteOrderAction(QUOTE)).serverError).toBe(refused);
    expect((await placeOrderAction({ placementId: "x" })).serverError).toBe(refused);
    expect((await checkPlacementAction({ placementId: "x" })).serverError).toBe(refused);

    expect((await atSandbox(order)).state).toBe("open");
    expect(await db.orderBookEntry.findUniqueOrThrow({ where: { id: order.id } })).toEqual(before.row);
    expect(await orderAudits()).toBe(before.audits);
    expect(await db.orderPlacement.count()).toBe(before.placements);
    expect(await deniedCancels()).toBe(before.denied + 1);
  });
});

describe("STAFF trades", () => {
  it("cancels an open order at WiseAlpha; a second cancel is refused with the reason", async () => {
    const order = await liveOrder("OPEN", 1);
    await signInAs("STAFF");
    expect((await cancelOrderAction({ orderId: order.id })).data).toEqual({ orderId: order.id, state: "CANCELLED" });
    expect((await atSandbox(order)).state).toBe("cancelled");
    expect((await db.orderBookEntry.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("CANCELLED");
    const again = await cancelOrderAction({ orderId: order.id });
    expect(again.serverError).toMatch(/has been cancelled; only open orders, or orders waiting for confirmation, can be cancelled/);
    expect(await db.auditEntry.count({ where: { action: "order.cancelled", targetId: order.id, outcome: "SUCCESS" } })).toBe(1);
  });

  it("confirms a re-priced order: a new id with the same original_id at the new price", async () => {
    const order = await liveOrder("OPEN", 2);
    await signInAs("STAFF");
    expect((await confirmOrderAction({ orderId: order.id })).serverError).toMatch(/only an order suspended by a price change/);
    const newPrice = order.price.add("1.5").toFixed(4);
    await harness.control("POST", `products/${order.productId}/price`, { price: newPrice });
    // The webhook goes nowhere in this test: the reconciliation sees the confirm state instead.
    await reconcileWiseAlphaOrderBook(db, wiseAlpha);
    const suspended = await db.orderBookEntry.findUniqueOrThrow({ where: { id: order.id } });
    expect(suspended.state).toBe("CONFIRM");
    expect(suspended.newPrice?.toFixed(4)).toBe(newPrice);

    const result = await confirmOrderAction({ orderId: order.id });
    expect(result.data?.newId).toMatch(/^MKT/);
    expect(result.data?.newId).not.toBe(order.id);
    const renewed = await db.orderBookEntry.findUniqueOrThrow({ where: { id: result.data!.newId! } });
    expect(renewed.originalId).toBe(order.originalId);
    expect(renewed.price.toFixed(4)).toBe(newPrice);
    expect((await db.orderBookEntry.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("REPLACED");
    const history = await db.orderHistoryEntry.findMany({ where: { originalId: order.originalId, kind: "confirmed" } });
    expect(history[0]?.details).toMatchObject({ old_price: order.price.toString(), new_id: renewed.id });
  });

  it("cancels all of a customer's live orders with a result per order", async () => {
    const order = await liveOrder("OPEN");
    await signInAs("STAFF");
    const live = await db.orderBookEntry.findMany({ where: { customerRef: order.customerRef, state: { in: ["OPEN", "CONFIRM"] } } });
    const result = await cancelCustomerOrdersAction({
      customerRef: order.customerRef,
      orderIds: [...live.map((l) => l.id), "MKTBUY99999999"],
    });
    expect(result.data?.results).toHaveLength(live.length + 1);
    expect(result.data?.results.filter((r) => r.ok)).toHaveLength(live.length);
    expect(result.data?.results.find((r) => r.orderId === "MKTBUY99999999")?.message).toBe("Not an order of this customer.");
    for (const l of live) expect((await atSandbox(l)).state).toBe("cancelled");
  });
});

describe("placing an order: quote, then submit once", () => {
  it("quotes the seed's example, places it once, and refuses a second submit", async () => {
    const quoter = await signInAs("STAFF");
    const quote = await quoteOrderAction(QUOTE);
    expect(quote.data?.refusals).toEqual([]);
    expect(quote.data?.figures).toEqual({ principal: "500.00", interest: "1.50", total: "501.50" });
    const placementId = quote.data!.placementId!;
    await signInAs("ADMIN");
    expect((await placeOrderAction({ placementId })).serverError).toBe("This quote was made by someone else; quote again yourself.");
    setSession({ sid: quoter.session.id });
    const placed = await placeOrderAction({ placementId });
    expect(placed.data?.orderId).toMatch(/^MKTBUY/);
    const again = await placeOrderAction({ placementId });
    expect(again.serverError).toMatch(/already been placed/);
    expect(await db.orderPlacement.findUniqueOrThrow({ where: { id: placementId } })).toMatchObject({
      state: "PLACED",
      providerOrderId: placed.data!.orderId,
    });
    expect(
      await db.auditEntry.count({
        where: { action: "order.placed", outcome: "SUCCESS", details: { path: ["placement"], equals: placementId } },
      }),
    ).toBe(1);
  });

  it("refuses, with the reason, a buy the customer's cash does not cover, and records no placement", async () => {
    await signInAs("STAFF");
    const before = await db.orderPlacement.count();
    const quote = await quoteOrderAction({ ...QUOTE, amount: "9000000.00" });
    expect(quote.data?.placementId).toBeNull();
    expect(quote.data?.refusals.join(" ")).toMatch(/^Funds are short: the buy needs [\d.]+ GBP, [\d.]+ GBP is available/);
    expect(await db.orderPlacement.count()).toBe(before);
  });
});

describe("a lost answer from /market/ (WiseAlpha has no idempotency key)", () => {
  const lost = () => new ProviderError({ provider: "wisealpha", code: "timeout", status: null, retryable: false });

  it("the order was placed: the check finds it and nothing is sent twice", async () => {
    await signInAs("STAFF");
    const quote = await quoteOrderAction({ ...QUOTE, amount: "10.00" });
    const placementId = quote.data!.placementId!;
    const client = getWiseAlphaClient();
    const real = client.placeMarketOrder;
    const send = vi.spyOn(client, "placeMarketOrder").mockImplementation(async (request) => {
      await real(request);
      throw lost();
    });
    const first = await placeOrderAction({ placementId });
    expect(first.serverError).toMatch(/may or may not have placed the order: use "Check at WiseAlpha"/);
    expect((await placeOrderAction({ placementId })).serverError).toMatch(/use "Check at WiseAlpha" first/);
    const checked = await checkPlacementAction({ placementId });
    expect(checked.data).toMatchObject({ found: true, orderId: expect.stringMatching(/^MKTBUY/) });
    expect(send).toHaveBeenCalledTimes(1);
    expect(await db.orderPlacement.findUniqueOrThrow({ where: { id: placementId } })).toMatchObject({
      state: "PLACED",
      providerOrderId: checked.data!.orderId,
    });
  });

  it("the order was not placed: the check finds nothing and the quote may be sent again, once", async () => {
    await signInAs("STAFF");
    const quote = await quoteOrderAction({ ...QUOTE, amount: "11.00" });
    const placementId = quote.data!.placementId!;
    vi.spyOn(getWiseAlphaClient(), "placeMarketOrder").mockRejectedValueOnce(lost());
    expect((await placeOrderAction({ placementId })).serverError).toMatch(/Check at WiseAlpha/);
    expect((await checkPlacementAction({ placementId })).data).toEqual({ found: false, orderId: null });
    const placed = await placeOrderAction({ placementId });
    expect(placed.data?.orderId).toMatch(/^MKTBUY/);
    // Two sends, each audited before (ATTEMPTED) and after (FAILURE, then SUCCESS).
    expect(await db.auditEntry.count({ where: { action: "order.placed", details: { path: ["placement"], equals: placementId } } })).toBe(4);
  });
});
