import { z } from "zod";

import { offsetPages, seg, type Call, type PageOptions } from "./call";
import type { AccountRef } from "./client-accounts";
import { customerPath } from "./client-customers";
import {
  waEventPageSchema,
  waMarketResultSchema,
  waOrderActionResultSchema,
  waOrderPageSchema,
  waOrderSchema,
  waProductPageSchema,
  waProductSchema,
  waQuoteSchema,
  type WiseAlphaOrder,
} from "./market-schemas";

export type OrderSide = "buy" | "sell";
/** gross: `amount` is the money to spend; principal: `amount` is the principal to acquire. Prices are % of par. */
export type BuyRequest = { productId: string; type: "gross" | "principal"; amount: string; currency: string; price: string };
/** `amount` is always principal. */
export type SellRequest = { productId: string; amount: string; currency: string; price: string };
export type MarketRequest = AccountRef & { buys?: BuyRequest[]; sells?: SellRequest[] };
export type ProductFilters = { marketType?: string; isin?: string; expand?: string };
export type EventFilters = { eventType?: string; customerId?: string };

const decimal = z.string().regex(/^\d+(\.\d+)?$/, "a positive decimal string");
const buySchema = z.object({
  productId: z.string().min(1),
  type: z.enum(["gross", "principal"]),
  amount: decimal,
  currency: z.string().length(3),
  price: decimal,
});
const sellSchema = z.object({ productId: z.string().min(1), amount: decimal, currency: z.string().length(3), price: decimal });

const MARKET_REFUSALS = {
  403: "WiseAlpha does not allow this customer to buy yet: onboarding is not complete, or this market needs a questionnaire or compliance clearance. No order was placed.",
  422: "WiseAlpha refused the order: the account's available cash does not cover the buys. No order was placed.",
  400: "WiseAlpha refused the order (for example, the price moved or the holding is too small). No order was placed; quote again and retry.",
};

/** Products, quotes, market orders, open orders and their actions, events. */
export function marketMethods(call: Call) {
  const orders = (ref: AccountRef, side: OrderSide) =>
    `/customers/${customerPath(ref.customerId)}/investment-accounts/${seg(ref.accountId)}/${side}-orders`;
  const listProducts = (filters: ProductFilters = {}, page: PageOptions = {}) =>
    call({
      path: "/products/",
      query: { market_type: filters.marketType, isin: filters.isin, expand: filters.expand, offset: page.offset, limit: page.limit },
      schema: waProductPageSchema,
    });
  const listOrders = async (ref: AccountRef, side: OrderSide, page: PageOptions = {}) =>
    call({ path: `${orders(ref, side)}/`, query: { offset: page.offset, limit: page.limit }, schema: waOrderPageSchema });
  const listEvents = (filters: EventFilters = {}, page: PageOptions = {}) =>
    call({
      path: "/events/",
      query: { event_type: filters.eventType, customer_id: filters.customerId, offset: page.offset, limit: page.limit },
      schema: waEventPageSchema,
    });
  const action = async (ref: AccountRef & { side: OrderSide; orderId: string }, verb: "confirm" | "cancel") =>
    call({
      method: "POST",
      path: `${orders(ref, ref.side)}/${seg(ref.orderId)}/action/`,
      body: { action: verb },
      schema: waOrderActionResultSchema,
      refusals: { 400: `WiseAlpha refused to ${verb} the order: it is no longer in a state that allows it. Refresh the order.` },
    }).then((result) => ({ order: isOrder(result) ? result : null }));

  return {
    /** Only products investable now (seed); getProduct also finds closed ones. */
    listProducts,
    iterateProducts: (filters: ProductFilters = {}) => offsetPages((page) => listProducts(filters, page)),
    getProduct: async (productId: string, expand?: string) =>
      call({ path: `/products/${seg(productId)}/`, query: { expand }, schema: waProductSchema }),

    /** A preview: problems come back as `warnings`, not errors. A good quote does not guarantee /market/ accepts. */
    quote: async (request: MarketRequest) =>
      call({ method: "POST", path: "/market/quote/", body: marketBody(request), schema: waQuoteSchema }),
    /**
     * Places the orders, all or nothing. Sent once and never retried: a lost answer may
     * still have placed orders, so check the open orders (by original_id) before sending again.
     */
    placeMarketOrder: async (request: MarketRequest) =>
      call({ method: "POST", path: "/market/", body: marketBody(request), schema: waMarketResultSchema, refusals: MARKET_REFUSALS }),

    /** Live orders only (open, or confirm after a price change). */
    listOrders,
    iterateOrders: (ref: AccountRef, side: OrderSide) => offsetPages((page) => listOrders(ref, side, page)),
    /** Any id the order ever had can be read, so a filled or replaced order is found too. */
    getOrder: async (ref: AccountRef & { side: OrderSide; orderId: string }) =>
      call({ path: `${orders(ref, ref.side)}/${seg(ref.orderId)}/`, schema: waOrderSchema }),
    /** Re-issues a re-priced order at the new price: a new id, the same original_id. */
    confirmOrder: (ref: AccountRef & { side: OrderSide; orderId: string }) => action(ref, "confirm"),
    /** Buys get their reserved money back; sells unlock the principal. */
    cancelOrder: (ref: AccountRef & { side: OrderSide; orderId: string }) => action(ref, "cancel"),

    /** One page of events, oldest first; a poller keeps `offset + results.length` as its cursor. */
    listEvents,
    iterateEvents: (filters: EventFilters = {}, fromOffset = 0) => offsetPages((page) => listEvents(filters, page), fromOffset),
  };
}

function marketBody(request: MarketRequest) {
  return {
    customer_id: customerPath(request.customerId),
    investment_account_id: request.accountId,
    buys: (request.buys ?? []).map((b) => {
      const buy = buySchema.parse(b);
      return { product_id: buy.productId, type: buy.type, amount: buy.amount, currency: buy.currency, price: buy.price };
    }),
    sells: (request.sells ?? []).map((s) => {
      const sell = sellSchema.parse(s);
      return { product_id: sell.productId, amount: sell.amount, currency: sell.currency, price: sell.price };
    }),
  };
}

function isOrder(value: unknown): value is WiseAlphaOrder {
  return waOrderSchema.safeParse(value).success;
}
