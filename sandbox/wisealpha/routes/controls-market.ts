import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { D, money, parseDecimal } from "../domain/money";
import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import { cancelOrder, fillFromMarket, repriceProduct } from "../market/engine";
import { postTransaction } from "../store/ledger";
import type { Order } from "../store/market-types";
import { orderJson } from "../store/orders";
import { emitAccountEvent, timestamp, type Runtime } from "../store/runtime";

/** Scenario controls for money arriving and for the market: fills, re-pricing, platform cancels. */
/**
 * POST …/orders/:order_id/fill {amount?}: fills the order from the market, completely without an
 * amount, partly with one smaller than its remainder. `around` runs the fill (the drift control
 * runs it without any event).
 */
export function fillOrder(rt: Runtime, around: (fill: () => Order) => Order = (fill) => fill()) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const order = rt.state.orders[params(request).order_id ?? ""];
    if (!order || !order.customer_id) return notFound(reply);
    const raw = body(request).amount;
    const amount = raw === undefined ? undefined : parseDecimal(raw);
    if (amount === null) return badRequest(reply, { amount: ["A valid number is required."] });
    const result = around(() => fillFromMarket(rt, order, amount));
    return { order: orderJson(order), remainder: result.id === order.id ? null : orderJson(result) };
  };
}

export function marketControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  r.post("/__sandbox/transfers/:reference/credit", async (request, reply) => {
    const transfer = rt.state.transfers[params(request).reference ?? ""];
    if (!transfer) return notFound(reply);
    if (transfer.state !== "pending") return reply.code(409).send({ detail: "This transfer has already been credited." });
    // The amount that arrives may differ from the one announced (seed: amount_allocated).
    const amount = parseDecimal(body(request).amount) ?? D(transfer.amount);
    const account = rt.state.accounts[transfer.account_id]!;
    const customer = rt.state.customers[transfer.customer_id]!;
    const type =
      transfer.method === "debit_card" || transfer.method === "paysafe_js" ? "Deposit via debit card" : "Deposit via bank transfer";
    postTransaction(rt.state, account, transfer.currency, amount, "Deposit", type, timestamp(rt.now()));
    transfer.state = "credited";
    const event = emitAccountEvent(rt, "account.bank-transfer-credited", customer, {
      wisealpha_reference: transfer.wisealpha_reference,
      amount_allocated: money(amount),
      currency: transfer.currency,
    });
    return { event_id: event.id, balance: { currency: transfer.currency, amount: account.balances[transfer.currency] } };
  });

  // amount (principal) omitted: fill completely; smaller than the remainder: partial fill.
  r.post("/__sandbox/orders/:order_id/fill", fillOrder(rt));

  r.post("/__sandbox/orders/:order_id/cancel", async (request, reply) => {
    const order = rt.state.orders[params(request).order_id ?? ""];
    if (!order || !order.customer_id) return notFound(reply);
    const reason = body(request).reason;
    return orderJson(
      cancelOrder(rt, order, typeof reason === "string" && reason ? reason : "None of the requisite asset is available to fill the order."),
    );
  });

  r.post("/__sandbox/products/:product_id/price", async (request, reply) => {
    const productId = params(request).product_id ?? "";
    if (!rt.state.products[productId]) return notFound(reply);
    const price = parseDecimal(body(request).price);
    if (!price || !price.greaterThan(0)) return badRequest(reply, { price: ["A valid positive number is required."] });
    return repriceProduct(rt, productId, price);
  });

  r.get("/__sandbox/webhooks", async () => ({ deliveries: rt.webhooks.deliveries() }));
}
