import Decimal from "decimal.js";

import { D, money } from "../domain/money";
import { buyByGross, buyByPrincipal, sellFigures } from "../domain/quote";
import { postTransaction, recordInvestment } from "../store/ledger";
import { createOrder } from "../store/orders";
import { emitEvent, timestamp, type Runtime } from "../store/runtime";
import type { Order, Product } from "../store/types";

/**
 * Applying fills to one order. A fill never changes an order in place for good: a
 * partly filled order is archived ("replaced") and the remainder gets a new id with the
 * same original_id (seed: "'id' vs 'original_id'").
 */

/** Principal an order can still take at its price. */
export function remainingPrincipal(order: Order, product: Product): Decimal {
  if (order.side === "sell") return D(order.amount);
  if (order.type === "principal") return D(order.principal ?? 0);
  return buyByGross(product, D(order.amount), D(order.price)).principal;
}

export function orderEventBase(rt: Runtime, order: Order) {
  const product = rt.state.products[order.product_id]!;
  return {
    order_id: order.id,
    original_id: order.original_id,
    investment: { product_id: product.product_id, company_name: rt.state.companies[product.company_id]?.company_name ?? "" },
    currency: order.currency,
    ...(order.side === "buy" ? { trade_type: order.type } : {}),
  };
}

/** Takes `principal` out of the order at its price; moves holdings and cash for customers. */
export function applyFill(rt: Runtime, order: Order, product: Product, principal: Decimal) {
  const price = D(order.price);
  const at = timestamp(rt.now());
  const account = order.account_id ? rt.state.accounts[order.account_id] : undefined;
  const company = rt.state.companies[product.company_id]?.company_name ?? product.product_id;
  if (order.side === "buy") {
    const whole = principal.equals(remainingPrincipal(order, product));
    // The last fill spends exactly what is left of the reserved money, so pennies lost to
    // rounding across several fills never make an order cost more (or less) than quoted.
    const spend = whole ? D(order.amount) : buyByPrincipal(product, principal, price).total;
    order.amount = money(D(order.amount).sub(spend).clampedTo(0, Infinity));
    if (order.type === "principal") order.principal = money(D(order.principal ?? 0).sub(principal));
    order.amount_filled = money(D(order.amount_filled).add(spend));
    if (account) {
      recordInvestment(rt.state, account, {
        product_id: product.product_id,
        created: at,
        transaction_type: "buy",
        principal: money(principal),
        amount: money(spend),
        currency: order.currency,
      });
      const held = account.holdings[product.product_id];
      account.holdings[product.product_id] = {
        product_id: product.product_id,
        principal: money(principal.add(held?.principal ?? 0)),
        locked: held?.locked ?? "0.00",
        cost: money(spend.add(held?.cost ?? 0)),
        sold_principal: held?.sold_principal ?? "0.00",
        sale_proceeds: held?.sale_proceeds ?? "0.00",
        created: held?.created ?? at,
      };
    }
  } else {
    const figures = sellFigures(product, principal, price);
    order.amount = money(D(order.amount).sub(principal));
    order.amount_filled = money(D(order.amount_filled).add(principal));
    order.cash_received = money(D(order.cash_received).add(figures.total));
    const held = account?.holdings[product.product_id];
    if (account && held) {
      held.principal = money(D(held.principal).sub(principal));
      held.locked = money(D(held.locked).sub(principal).clampedTo(0, Infinity));
      held.sold_principal = money(D(held.sold_principal).add(principal));
      held.sale_proceeds = money(D(held.sale_proceeds).add(figures.total));
      postTransaction(rt.state, account, order.currency, figures.total, `Sold ${company}`, "Investment Sale", at);
      recordInvestment(rt.state, account, {
        product_id: product.product_id,
        created: at,
        transaction_type: "sell",
        principal: money(principal),
        amount: money(figures.total),
        currency: order.currency,
      });
    }
  }
  rt.markDirty();
}

/**
 * After fills: a finished order becomes "filled" (and says so in an event, refunding
 * any pennies a gross buy could not spend); a partly filled one is re-issued.
 */
export function settle(rt: Runtime, order: Order, product: Product): Order {
  const done = remainingPrincipal(order, product).lessThan("0.01");
  if (!done) {
    order.state = "replaced";
    const { id: _id, state: _state, ...rest } = order;
    return createOrder(rt.state, { ...rest, created: timestamp(rt.now()) });
  }
  order.state = "filled";
  const leftover = order.side === "buy" ? D(order.amount) : D(0);
  const account = order.account_id ? rt.state.accounts[order.account_id] : undefined;
  if (account && leftover.greaterThan(0)) {
    postTransaction(
      rt.state,
      account,
      order.currency,
      leftover,
      `Unspent funds returned from buy order ${order.original_id}`,
      "Buy Order Refund",
      timestamp(rt.now()),
    );
  }
  if (order.customer_id) {
    emitEvent(rt, `${order.side}-order.filled`, order.customer_id, {
      ...orderEventBase(rt, order),
      amount_requested: order.amount_requested,
      amount_filled: order.amount_filled,
      ...(order.side === "sell" ? { cash_received: order.cash_received } : {}),
    });
  }
  return order;
}
