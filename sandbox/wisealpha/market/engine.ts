import Decimal from "decimal.js";

import { D, money, price4 } from "../domain/money";
import { buyByPrincipal } from "../domain/quote";
import { balanceOf, postTransaction } from "../store/ledger";
import { createOrder, isLive } from "../store/orders";
import { emitEvent, timestamp, type Runtime } from "../store/runtime";
import type { Order } from "../store/types";
import { applyFill, orderEventBase, remainingPrincipal, settle } from "./fills";

/**
 * The order book. Buys and sells of one product match at the product's single market
 * price, oldest first; an account never trades with itself. Orders waiting in
 * `confirm` (re-priced) do not match until confirmed.
 */

export class MarketError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(JSON.stringify(body));
  }
}

const byAge = (a: Order, b: Order) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/** Matches a newly placed (or confirmed) order against the resting book. Returns the live remainder, if any. */
export function matchOrder(rt: Runtime, incoming: Order): Order {
  const product = rt.state.products[incoming.product_id]!;
  const opposite = Object.values(rt.state.orders)
    .filter(
      (o) => o.state === "open" && o.product_id === incoming.product_id && o.side !== incoming.side && D(o.price).equals(incoming.price),
    )
    .filter((o) => o.account_id !== incoming.account_id)
    .sort(byAge);
  let filled = false;
  for (const resting of opposite) {
    const q = Decimal.min(remainingPrincipal(incoming, product), remainingPrincipal(resting, product));
    if (q.lessThan("0.01")) break;
    applyFill(rt, incoming, product, q);
    applyFill(rt, resting, product, q);
    settle(rt, resting, product);
    filled = true;
  }
  return filled ? settle(rt, incoming, product) : incoming;
}

/** Scenario control: WiseAlpha's market takes the other side of `principal` (default: all of it). */
export function fillFromMarket(rt: Runtime, order: Order, principal?: Decimal): Order {
  if (order.state !== "open") throw new MarketError(400, { detail: `Order ${order.id} is ${order.state} and cannot be filled.` });
  const product = rt.state.products[order.product_id]!;
  const remaining = remainingPrincipal(order, product);
  const q = principal ? Decimal.min(principal, remaining) : remaining;
  if (q.lessThan("0.01")) throw new MarketError(400, { amount: ["Amount must be at least 0.01."] });
  applyFill(rt, order, product, q);
  return settle(rt, order, product);
}

/** Scenario control: a new market price. Customer orders at the old price wait in `confirm`. */
export function repriceProduct(rt: Runtime, productId: string, newPrice: Decimal) {
  const product = rt.state.products[productId]!;
  const oldPrice = product.buy_price;
  product.buy_price = product.sell_price = price4(newPrice);
  const suspended: Order[] = [];
  for (const order of Object.values(rt.state.orders)) {
    if (order.product_id !== productId || order.state !== "open" || D(order.price).equals(newPrice)) continue;
    if (!order.customer_id) {
      order.price = product.buy_price; // WiseAlpha's own liquidity follows the price silently.
      continue;
    }
    order.state = "confirm";
    suspended.push(order);
    emitEvent(rt, `${order.side}-order.price-change`, order.customer_id, {
      ...orderEventBase(rt, order),
      old_price: order.price,
      new_price: product.buy_price,
      amount_remaining: order.amount,
    });
  }
  rt.markDirty();
  return { product_id: productId, old_price: oldPrice, new_price: product.buy_price, orders_to_confirm: suspended.map((o) => o.id) };
}

/** confirm action: re-issue the order at today's price (new id, same original_id) and match it. */
export function confirmOrder(rt: Runtime, order: Order): Order {
  if (order.state !== "confirm") throw new MarketError(400, { action: [`Order ${order.id} is not awaiting confirmation.`] });
  const product = rt.state.products[order.product_id]!;
  const account = rt.state.accounts[order.account_id!]!;
  let amount = order.amount;
  if (order.side === "buy" && order.type === "principal") {
    // The same principal now costs a different amount: reserve or release the difference.
    const cost = buyByPrincipal(product, D(order.principal ?? 0), D(product.buy_price)).total;
    const extra = cost.sub(order.amount);
    if (extra.greaterThan(balanceOf(account, order.currency))) {
      throw new MarketError(422, { detail: "Insufficient funds available to confirm this order at the new price." });
    }
    if (!extra.isZero())
      postTransaction(
        rt.state,
        account,
        order.currency,
        extra.neg(),
        `Price change on buy order ${order.original_id}`,
        "Buy Order",
        timestamp(rt.now()),
      );
    amount = money(cost);
  }
  order.state = "replaced";
  const { id: _id, state: _state, ...rest } = order;
  const renewed = createOrder(rt.state, { ...rest, amount, price: product.buy_price, created: timestamp(rt.now()) });
  rt.markDirty();
  return matchOrder(rt, renewed);
}

/** cancel action (customer) or platform cancel (control): buys get their money back, sells unlock. */
export function cancelOrder(rt: Runtime, order: Order, reason: string): Order {
  if (!isLive(order)) throw new MarketError(400, { action: [`Order ${order.id} is ${order.state} and cannot be cancelled.`] });
  const account = order.account_id ? rt.state.accounts[order.account_id] : undefined;
  const at = timestamp(rt.now());
  if (account && order.side === "buy" && D(order.amount).greaterThan(0)) {
    postTransaction(rt.state, account, order.currency, D(order.amount), `Buy order ${order.original_id} cancelled`, "Buy Order Refund", at);
  }
  const held = account?.holdings[order.product_id];
  if (held && order.side === "sell") held.locked = money(D(held.locked).sub(order.amount).clampedTo(0, Infinity));
  order.state = "cancelled";
  if (order.customer_id) {
    // Seed: a partly filled order that is cancelled also gets an -order.filled event.
    if (D(order.amount_filled).greaterThan(0)) {
      emitEvent(rt, `${order.side}-order.filled`, order.customer_id, {
        ...orderEventBase(rt, order),
        amount_requested: order.amount_requested,
        amount_filled: order.amount_filled,
        ...(order.side === "sell" ? { cash_received: order.cash_received } : {}),
      });
    }
    emitEvent(rt, `${order.side}-order.cancelled`, order.customer_id, {
      ...orderEventBase(rt, order),
      reason,
      amount_remaining: order.amount,
    });
  }
  rt.markDirty();
  return order;
}
