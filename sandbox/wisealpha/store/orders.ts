import { nextId } from "./ids";
import type { Order, State } from "./types";

export type NewOrder = Pick<
  Order,
  "side" | "account_id" | "customer_id" | "product_id" | "type" | "currency" | "amount" | "principal" | "price" | "created"
> &
  Partial<Pick<Order, "original_id" | "amount_requested" | "amount_filled" | "cash_received" | "state">>;

/** Buy ids are MKTBUY…, sell ids MKTSELL… (seed examples). */
export function createOrder(state: State, fields: NewOrder): Order {
  const id = nextId(state, fields.side === "buy" ? "MKTBUY" : "MKTSELL");
  const order: Order = {
    state: "open",
    original_id: id,
    amount_requested: fields.amount,
    amount_filled: "0.00",
    cash_received: "0.00",
    ...fields,
    id,
  };
  state.orders[id] = order;
  return order;
}

/** Open and confirm-state orders are the live book; the rest is history. */
export const isLive = (order: Order) => order.state === "open" || order.state === "confirm";

export function ordersOfAccount(state: State, accountId: string, side: Order["side"]): Order[] {
  return Object.values(state.orders).filter((o) => o.account_id === accountId && o.side === side && isLive(o));
}

/** The order's wire shape (buy orders carry type/principal, sell orders do not). */
export function orderJson(order: Order) {
  const common = { id: order.id, original_id: order.original_id, product_id: order.product_id };
  const tail = { currency: order.currency, amount: order.amount };
  if (order.side === "buy") {
    return {
      ...common,
      type: order.type,
      state: order.state,
      ...tail,
      principal: order.principal,
      price: order.price,
      created: order.created,
    };
  }
  return { ...common, state: order.state, ...tail, price: order.price, created: order.created };
}
