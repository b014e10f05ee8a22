import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { money } from "../domain/money";
import { deriveValidation } from "../domain/validation";
import { caller, resolveAccount, resolveCustomer } from "../http/auth";
import { badRequest, forbidden } from "../http/errors";
import { body, routes } from "../http/route";
import { matchOrder } from "../market/engine";
import { checkBuy, checkSell, fundsShortfall, quoteBuyJson, quoteSellJson } from "../market/requests";
import { postTransaction } from "../store/ledger";
import { createOrder, orderJson } from "../store/orders";
import { timestamp, type Runtime } from "../store/runtime";

/** Resolves the request's customer (default: the key's own account) and account. */
function resolveTrade(rt: Runtime, request: FastifyRequest, reply: FastifyReply) {
  const input = body(request);
  const who = caller(request);
  if (input.customer_id === undefined && who.kind === "super") {
    badRequest(reply, { customer_id: ["This field is required."] });
    return null;
  }
  const customer = resolveCustomer(rt, request, reply, input.customer_id === undefined ? "me" : String(input.customer_id));
  if (!customer) return null;
  if (input.investment_account_id === undefined) {
    badRequest(reply, { investment_account_id: ["This field is required."] });
    return null;
  }
  const account = resolveAccount(rt, reply, customer, String(input.investment_account_id));
  if (!account) return null;
  const buys = Array.isArray(input.buys) ? input.buys.map((b) => checkBuy(rt, customer, b)) : [];
  const sells = Array.isArray(input.sells) ? input.sells.map((s) => checkSell(rt, account, s)) : [];
  return { input, customer, account, buys, sells };
}

const hasErrors = (items: { errors: object }[]) => items.some((i) => Object.keys(i.errors).length > 0);

export function marketRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  r.post("/v1/market/quote/", async (request, reply) => {
    const t = resolveTrade(rt, request, reply);
    if (!t) return reply;
    if (hasErrors(t.buys) || hasErrors(t.sells))
      return badRequest(reply, { buys: t.buys.map((b) => b.errors), sells: t.sells.map((s) => s.errors) });
    const shortfall = fundsShortfall(t.account, t.buys);
    return {
      customer_id: t.customer.customer_id,
      investment_account_id: t.account.id,
      buys: t.buys.map((b) => quoteBuyJson(rt, t.account, b, shortfall)),
      sells: t.sells.map(quoteSellJson),
    };
  });

  // All or nothing (seed): every check passes before any order is placed.
  r.post("/v1/market/", async (request, reply) => {
    const t = resolveTrade(rt, request, reply);
    if (!t) return reply;
    if (t.buys.length === 0 && t.sells.length === 0)
      return badRequest(reply, { non_field_errors: ["At least one buy or sell is required."] });
    const merged = (items: { errors: object; business: object }[]) => items.map((i) => ({ ...i.business, ...i.errors }));
    if ([...t.buys, ...t.sells].some((i) => Object.keys(i.errors).length + Object.keys(i.business).length > 0)) {
      if (t.buys.length > 0 && !deriveValidation(t.customer, rt.now()).can_invest)
        return forbidden(reply, "This customer cannot invest until onboarding is complete (can_invest is false).");
      return badRequest(reply, { buys: merged(t.buys), sells: merged(t.sells) });
    }
    const shortfall = fundsShortfall(t.account, t.buys);
    if (shortfall.length > 0) return reply.code(422).send({ detail: shortfall.join(" ") });

    const at = timestamp(rt.now());
    const placedBuys = t.buys.map((b) => {
      const order = createOrder(rt.state, {
        side: "buy",
        account_id: t.account.id,
        customer_id: t.customer.customer_id,
        product_id: b.product.product_id,
        type: b.type,
        currency: b.product.currency,
        amount: money(b.total),
        principal: b.type === "principal" ? money(b.principal) : null,
        price: b.product.buy_price,
        created: at,
      });
      postTransaction(rt.state, t.account, order.currency, b.total.neg(), `Buy order ${order.id} placed`, "Buy Order", at);
      return order;
    });
    const placedSells = t.sells.map((s) => {
      const holding = t.account.holdings[s.product.product_id]!;
      holding.locked = money(s.amount.add(holding.locked));
      return createOrder(rt.state, {
        side: "sell",
        account_id: t.account.id,
        customer_id: t.customer.customer_id,
        product_id: s.product.product_id,
        type: null,
        currency: s.product.currency,
        amount: money(s.amount),
        principal: null,
        price: s.product.sell_price,
        created: at,
      });
    });
    // The response shows the orders as placed; matching then runs against the book.
    const buyOrders = placedBuys.map(orderJson);
    const sellOrders = placedSells.map(orderJson);
    for (const order of [...placedBuys, ...placedSells]) matchOrder(rt, order);
    rt.markDirty();
    const balances = t.account.currencies.map((c) => ({ currency: c, amount: t.account.balances[c] }));
    // The seed's table says buy_orders, its example says buys_orders: send both.
    return { balances, buy_orders: buyOrders, buys_orders: buyOrders, sell_orders: sellOrders };
  });
}
