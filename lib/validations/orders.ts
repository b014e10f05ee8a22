import { z } from "zod";

import { storableText } from "./storable";

import { optionalEnum, optionalText } from "./url-filters";

const orderId = storableText(64).min(1, "No order given.");
const customerRef = z
  .string()
  .trim()
  .regex(/^\d{1,20}$/, "A WiseAlpha customer id is digits, e.g. 10000001.");
const accountRef = storableText(64).min(1, "No account given.");
const productId = storableText(64).min(1, "No product given.");
const money = z
  .string()
  .trim()
  // 12 digits: what our Decimal(24, 6) columns and WiseAlpha's amounts hold, never a 400-digit number.
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "An amount such as 500 or 500.00 (at most 2 decimal places).")
  .refine((v) => Number(v) > 0, "The amount must be more than 0.");
const price = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d{1,4})?$/, "A price as % of par, such as 100 or 101.25.");

export const orderIdSchema = z.object({ orderId });

export const cancelCustomerOrdersSchema = z.object({
  customerRef,
  /** Leave out to cancel every live order of the customer. */
  orderIds: z.array(orderId).max(500).optional(),
});
export type CancelCustomerOrdersInput = z.infer<typeof cancelCustomerOrdersSchema>;

export const quoteOrderSchema = z
  .object({
    customerRef,
    accountRef,
    productId,
    side: z.enum(["BUY", "SELL"]),
    /** Buys only: gross spends the amount, principal acquires it (seed "Buy Request object"). */
    orderType: z.enum(["gross", "principal"]).optional(),
    amount: money,
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "A three-letter currency, e.g. GBP."),
    price,
  })
  .refine((v) => v.side === "SELL" || v.orderType !== undefined, { path: ["orderType"], message: "Choose gross or principal." });
export type QuoteOrderInput = z.infer<typeof quoteOrderSchema>;

export const placementIdSchema = z.object({ placementId: storableText(64).min(1, "No quote given.") });

export const MARKET_TYPES = ["main_market", "high_yield", "perpetuals", "special_situations"] as const;
export const PRODUCT_SORTS = ["company", "buy-price", "ytm-desc", "coupon-desc", "maturity", "liquidity-desc"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export const PRODUCT_STATES = ["open", "closed", "suspended", "repaid", "defaulted", "exchanged"] as const;

/** The products table's filters and sort as they live in the URL. */
export const productFilterSchema = z.object({
  market: optionalEnum(MARKET_TYPES),
  state: optionalEnum(PRODUCT_STATES),
  q: optionalText,
  liquidity: optionalEnum(["any", "with"]),
  sort: optionalEnum(PRODUCT_SORTS).transform((v) => v ?? "company"),
});
export type ProductFilter = z.infer<typeof productFilterSchema>;

/** Bulk cancel across customers (the "orders to confirm" list): a result per order. */
export const cancelOrdersSchema = z.object({ orderIds: z.array(orderId).min(1, "Select at least one order.").max(500) });
export type CancelOrdersInput = z.infer<typeof cancelOrdersSchema>;
