import { z } from "zod";

import { waBalanceSchema } from "./account-schemas";
import { waDecimal, waDecimalLike, waPageSchema } from "./schemas";

/** Products, the market (quote and orders), open orders and events (seed: "Products", "Market", "Events"). */

// ---- Products ----------------------------------------------------------------------

export const waProductSchema = z.object({
  product_id: z.string(),
  /** open, closed, suspended, repaid, defaulted or exchanged. */
  state: z.string(),
  /** main_market, high_yield, perpetuals or special_situations. */
  market_type: z.string(),
  investment_type: z.string().optional(),
  asset_security: z.string().optional(),
  asset_security_label: z.string().optional(),
  isin_code: z.string(),
  currency: z.string(),
  buy_price: waDecimal,
  sell_price: waDecimal,
  /** Perpetuals may have none. */
  maturity: z.string().nullable(),
  sell_liquidity: waDecimal,
  pending_liquidity: z.array(z.object({ settlement_date: z.string(), pending_amount: waDecimal })).default([]),
  interest_period: z.string().optional(),
  next_interest_payment: z.string().nullish(),
  coupon: waDecimalLike,
  coupon_string: z.string().optional(),
  call_schedule: z.array(z.object({ date: z.string(), price: waDecimalLike })).default([]),
  yield_to_maturity: waDecimalLike.nullish(),
  current_yield: waDecimalLike.nullish(),
  rating_moodys: z.string().nullish(),
  rating_fitch: z.string().nullish(),
  rating_sandp: z.string().nullish(),
  /** Seed type Float: sent as a JSON number, kept as a decimal string. */
  accrued_interest_rate: waDecimalLike.optional(),
  company: z.looseObject({ company_id: z.string(), company_name: z.string() }),
  zero_interest_fees: z.boolean().optional(),
  product_url: z.string().optional(),
  total_invested: waDecimal.optional(),
  cashflows: z.array(z.looseObject({ date: z.string() })).optional(),
});
export type WiseAlphaProduct = z.infer<typeof waProductSchema>;
export const waProductPageSchema = waPageSchema(waProductSchema);

// ---- Orders ------------------------------------------------------------------------

/** Buy and sell orders share this shape; only buys carry type and principal. */
export const waOrderSchema = z.object({
  id: z.string(),
  /** Stable across partial fills and confirmations: correlate on this, not on id. */
  original_id: z.string(),
  product_id: z.string(),
  type: z.string().nullish(),
  /** open or confirm while live (confirm = re-priced, waiting for the customer). */
  state: z.string(),
  currency: z.string(),
  amount: waDecimal,
  principal: waDecimal.nullish(),
  price: waDecimal,
  created: z.string(),
});
export type WiseAlphaOrder = z.infer<typeof waOrderSchema>;
export const waOrderPageSchema = waPageSchema(waOrderSchema);
/** The seed only promises HTTP 200 for an order action; the sandbox returns the order. */
export const waOrderActionResultSchema = z.union([waOrderSchema, z.record(z.string(), z.unknown())]);

// ---- Market ------------------------------------------------------------------------

const warnings = z.array(z.string()).default([]);

export const waBuyQuoteSchema = z.looseObject({
  product_id: z.string(),
  type: z.string(),
  amount: waDecimalLike,
  currency: z.string(),
  price: waDecimalLike,
  principal: waDecimal,
  interest: waDecimal,
  total: waDecimal,
  warnings,
});

export const waSellQuoteSchema = z.looseObject({
  product_id: z.string(),
  /** The seed's quote example sends sells as principal/principal_currency; the table says amount/currency. */
  amount: waDecimalLike.optional(),
  currency: z.string().optional(),
  price: waDecimalLike,
  principal: waDecimal,
  interest: waDecimal,
  service_fee: waDecimal,
  sale_fee: waDecimal,
  total: waDecimal,
  warnings,
});

export const waQuoteSchema = z.object({
  customer_id: z.string().optional(),
  investment_account_id: z.string().optional(),
  buys: z.array(waBuyQuoteSchema).default([]),
  sells: z.array(waSellQuoteSchema).default([]),
});
export type WiseAlphaQuote = z.infer<typeof waQuoteSchema>;

/** The seed's table says buy_orders, its example buys_orders: either becomes buy_orders. */
export const waMarketResultSchema = z
  .object({
    balances: z.array(waBalanceSchema),
    buy_orders: z.array(waOrderSchema).optional(),
    buys_orders: z.array(waOrderSchema).optional(),
    sell_orders: z.array(waOrderSchema).default([]),
  })
  .transform(({ buys_orders, buy_orders, ...rest }) => ({ ...rest, buy_orders: buy_orders ?? buys_orders ?? [] }));
export type WiseAlphaMarketResult = z.infer<typeof waMarketResultSchema>;

// ---- Events ------------------------------------------------------------------------

export const waEventSchema = z.object({
  id: z.string(),
  created: z.string(),
  event_type: z.string(),
  /** The field table lists it, the list example leaves it out: optional so one odd event does not stop the poller. */
  customer_id: z.string().nullish(),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type WiseAlphaEvent = z.infer<typeof waEventSchema>;
export const waEventPageSchema = waPageSchema(waEventSchema);
