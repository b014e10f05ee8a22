import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { buildApp, callsOf, DEMO_ACCOUNT, plus } from "./test-helpers";

const h = forSuite(buildApp);

const { api, control } = callsOf(() => h);
const ACC = DEMO_ACCOUNT;
const balance = async () => (await api("GET", `${ACC}/balances/GBP/`)).json().amount as string;
const lastEvent = async (type: string) => (await api("GET", `/events/?event_type=${type}&limit=1000`)).json().results.at(-1);
const trade = (buys: object[], sells: object[] = []) =>
  api("POST", "/market/", { customer_id: "10000001", investment_account_id: "INVACC00000001", buys, sells });

describe("/market/quote/", () => {
  it("reproduces the seed's example figures", async () => {
    const res = await api("POST", "/market/quote/", {
      customer_id: "10000001",
      investment_account_id: "INVACC00000001",
      buys: [
        { product_id: "INVMKT00000001", type: "principal", amount: "500.00", currency: "GBP", price: "100" },
        { product_id: "INVMKT00000002", type: "gross", amount: "500.00", currency: "GBP", price: "100" },
      ],
      sells: [{ product_id: "INVMKT00000003", principal: "500.00", principal_currency: "GBP", price: "100" }],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.buys[0]).toMatchObject({ principal: "500.00", interest: "1.50", total: "501.50" });
    expect(body.buys[1]).toMatchObject({ principal: "499.00", interest: "1.00", total: "500.00", warnings: [] });
    expect(body.sells[0]).toMatchObject({
      amount: "500.00",
      principal: "500.00",
      interest: "2.50",
      service_fee: "0.25",
      sale_fee: "1.25",
      total: "501.00",
      warnings: [],
    });
  });

  it("warns (but still quotes) when the price is stale or the customer sells more than they own", async () => {
    const body = (
      await api("POST", "/market/quote/", {
        customer_id: "10000001",
        investment_account_id: "INVACC00000001",
        buys: [{ product_id: "INVMKT00000001", type: "principal", amount: "10", currency: "GBP", price: "99" }],
        sells: [{ product_id: "INVMKT00000003", amount: "99999", currency: "GBP", price: "100" }],
      })
    ).json();
    expect(body.buys[0].warnings).toEqual(["Price does not match the current buy price for this product (100.0000)."]);
    expect(body.sells[0].warnings).toEqual(["Customer is attempting to sell more than they own (2000.00 available)."]);
  });
});

describe("/market/ and the order book", () => {
  it("is all or nothing: one bad buy places no order and moves no money", async () => {
    const before = await balance();
    const res = await trade([
      { product_id: "INVMKT00000001", type: "principal", amount: "100", currency: "GBP", price: "100" },
      { product_id: "INVMKT00000002", type: "gross", amount: "100", currency: "GBP", price: "95" },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      buys: [{}, { price: ["Price does not match the current buy price for this product (100.0000)."] }],
      sells: [],
    });
    expect(await balance()).toBe(before);
    expect((await api("GET", `${ACC}/buy-orders/`)).json().count).toBe(0);
    const broke = await trade([{ product_id: "INVMKT00000001", type: "gross", amount: "999999", currency: "GBP", price: "100" }]);
    expect(broke.statusCode).toBe(422);
  });

  it("a buy matches the resting sells oldest first; each counterparty gets its fill", async () => {
    const before = await balance();
    const res = await trade([{ product_id: "INVMKT00000001", type: "principal", amount: "1000.00", currency: "GBP", price: "100" }]);
    expect(res.statusCode).toBe(200);
    const placed = res.json().buy_orders[0];
    expect(placed).toMatchObject({ type: "principal", state: "open", amount: "1003.00", principal: "1000.00", price: "100.0000" });
    expect(res.json().balances).toEqual([{ currency: "GBP", amount: plus(before, "-1003.00") }]);

    // Customer 10000037's sell of 275.00 was the oldest: it fills completely.
    // 275 + 0.83 interest − 0.08 service fee − 0.69 sale fee = 275.06.
    const sellerFill = await lastEvent("sell-order.filled");
    expect(sellerFill).toMatchObject({
      customer_id: "10000037",
      data: { order_id: "MKTSELL00000003", amount_requested: "275.00", amount_filled: "275.00", cash_received: "275.06" },
    });
    const buyerFill = await lastEvent("buy-order.filled");
    expect(buyerFill.data).toMatchObject({
      order_id: placed.id,
      original_id: placed.id,
      trade_type: "principal",
      amount_requested: "1003.00",
      amount_filled: "1003.00",
      investment: { product_id: "INVMKT00000001" },
    });
    expect((await api("GET", `${ACC}/buy-orders/${placed.id}/`)).json().state).toBe("filled");
    expect((await api("GET", `${ACC}/products/INVMKT00000001/`)).json().open.principal).toBe("3000.00");
  });

  it("a sell fills against the bids and pays principal + interest − fees", async () => {
    const before = await balance();
    const res = await trade([], [{ product_id: "INVMKT00000003", amount: "500.00", currency: "GBP", price: "100" }]);
    const placed = res.json().sell_orders[0];
    expect(placed).toMatchObject({ state: "open", amount: "500.00", price: "100.0000" });
    expect((await lastEvent("sell-order.filled")).data).toMatchObject({
      order_id: placed.id,
      amount_filled: "500.00",
      cash_received: "501.00",
    });
    expect(await balance()).toBe(plus(before, "501.00"));
  });

  it("a partial fill re-issues the remainder with a new id and the same original_id", async () => {
    const fund = (await api("POST", `${ACC}/balances/GBP/fund/`, { amount: "50000", method: "bank_transfer" })).json();
    await control(`/transfers/${fund.transfer_details.wisealpha_reference}/credit`);
    const liquidity = (await api("GET", "/products/INVMKT00000001/")).json().sell_liquidity;
    expect(liquidity).toBe("7275.00");
    const res = await trade([{ product_id: "INVMKT00000001", type: "principal", amount: "10000.00", currency: "GBP", price: "100" }]);
    const original = res.json().buy_orders[0].id;
    const open = (await api("GET", `${ACC}/buy-orders/`)).json();
    expect(open.count).toBe(1);
    // Reserved 10030.00; the 7275.00 filled cost 7275.00 + 21.83 interest.
    expect(open.results[0]).toMatchObject({ original_id: original, state: "open", principal: "2725.00", amount: "2733.17" });
    expect(open.results[0].id).not.toBe(original);
    expect((await api("GET", `${ACC}/buy-orders/${original}/`)).json().state).toBe("replaced");
    expect((await api("GET", "/products/INVMKT00000001/")).json().sell_liquidity).toBe("0.00");
  });

  it("a price change moves the order to confirm; confirm re-issues it at the new price", async () => {
    const [order] = (await api("GET", `${ACC}/buy-orders/`)).json().results;
    const reprice = await control("/products/INVMKT00000001/price", { price: "101" });
    expect(reprice.json().orders_to_confirm).toContain(order.id);
    expect((await api("GET", `${ACC}/buy-orders/${order.id}/`)).json().state).toBe("confirm");
    expect((await lastEvent("buy-order.price-change")).data).toMatchObject({
      order_id: order.id,
      original_id: order.original_id,
      old_price: "100.0000",
      new_price: "101.0000",
      amount_remaining: "2733.17",
    });

    const before = await balance();
    const confirmed = await api("POST", `${ACC}/buy-orders/${order.id}/action/`, { action: "confirm" });
    expect(confirmed.statusCode).toBe(200);
    // 2725 principal at 101 = 2752.25 + 8.18 interest; 2733.17 was reserved, so 27.26 more.
    expect(confirmed.json()).toMatchObject({
      original_id: order.original_id,
      state: "open",
      price: "101.0000",
      principal: "2725.00",
      amount: "2760.43",
    });
    expect(confirmed.json().id).not.toBe(order.id);
    expect(await balance()).toBe(plus(before, "-27.26"));
    expect((await api("POST", `${ACC}/buy-orders/${order.id}/action/`, { action: "confirm" })).statusCode).toBe(400);
  });

  it("the fill control completes part of an order, then cancel refunds the rest", async () => {
    const [order] = (await api("GET", `${ACC}/buy-orders/`)).json().results;
    const partial = (await control(`/orders/${order.id}/fill`, { amount: "1000" })).json();
    expect(partial.order.state).toBe("replaced");
    // 1000 at 101 cost 1010.00 + 3.00 interest.
    expect(partial.remainder).toMatchObject({ original_id: order.original_id, principal: "1725.00", amount: "1747.43" });

    const before = await balance();
    const cancelled = await api("POST", `${ACC}/buy-orders/${partial.remainder.id}/action/`, { action: "cancel" });
    expect(cancelled.json().state).toBe("cancelled");
    expect(await balance()).toBe(plus(before, "1747.43"));
    expect((await lastEvent("buy-order.cancelled")).data).toMatchObject({
      order_id: partial.remainder.id,
      original_id: order.original_id,
      amount_remaining: "1747.43",
    });
    // Partly filled then cancelled: the seed also sends an -order.filled event.
    expect((await lastEvent("buy-order.filled")).data).toMatchObject({ original_id: order.original_id, amount_requested: "10030.00" });
    expect((await api("GET", `${ACC}/buy-orders/`)).json().count).toBe(0);
  });

  it("a sell fills across two bids, the customer's (older) bid first", async () => {
    const res = await trade([], [{ product_id: "INVMKT00000002", amount: "1500.00", currency: "GBP", price: "100" }]);
    const id = res.json().sell_orders[0].id;
    // Customer 10000039's gross bid of 550.00 buys 548.90 of principal (550 / 1.002) and is done.
    expect(await lastEvent("buy-order.filled")).toMatchObject({
      customer_id: "10000039",
      data: { amount_requested: "550.00", amount_filled: "550.00", trade_type: "gross" },
    });
    expect((await lastEvent("sell-order.filled")).data).toMatchObject({
      order_id: id,
      original_id: id,
      amount_requested: "1500.00",
      amount_filled: "1500.00",
    });
    expect((await api("GET", `${ACC}/sell-orders/`)).json().count).toBe(0);
    const holding = (await api("GET", `${ACC}/products/INVMKT00000002/`)).json();
    expect([holding.open.principal, holding.closed.principal]).toEqual(["500.00", "1500.00"]);
  });
});
