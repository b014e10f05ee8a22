import { z } from "zod";

import { seg, type Call } from "./call";
import type { AccountRef } from "./client-accounts";
import { customerPath } from "./client-customers";
import { waDecimalLike } from "./schemas";

/** A performance summary (seed "Performance Summary"): decimal fields, plus a count on the rolled-up ones. */
const waPerformanceSummarySchema = z.record(z.string(), z.union([waDecimalLike, z.null()]));

/** Seed "Account Product": one holding of an investment account, with its open and closed summaries. */
export const waHoldingSchema = z.looseObject({
  reference: z.string(),
  product: z.looseObject({ reference: z.string(), currency: z.string(), product_type: z.string().optional() }),
  open: waPerformanceSummarySchema.nullable(),
  closed: waPerformanceSummarySchema.nullable(),
});
export type WiseAlphaHolding = z.infer<typeof waHoldingSchema>;

/** Seed "Account Portfolio Summary": one per currency, never paginated. */
export const waHoldingsSummarySchema = z.object({
  currency: z.string(),
  summaries: z.object({ all: waPerformanceSummarySchema, open: waPerformanceSummarySchema }),
});
export type WiseAlphaHoldingsSummary = z.infer<typeof waHoldingsSummarySchema>;

/** An investment account's holdings (`…/{acc}/products/`) and its per-currency summary. */
export function holdingMethods(call: Call) {
  const base = (ref: AccountRef) => `/customers/${customerPath(ref.customerId)}/investment-accounts/${seg(ref.accountId)}/products`;
  return {
    /** Product details are left out: the caller has them from /products/. */
    listHoldings: async (ref: AccountRef) =>
      call({ path: `${base(ref)}/`, query: { exclude_fractional_bond_product_detail: "true" }, schema: z.array(waHoldingSchema) }),
    getHoldingsSummary: async (ref: AccountRef) => call({ path: `${base(ref)}/summary/`, schema: z.array(waHoldingsSummarySchema) }),
    /** One currency's summary (seed: `…/products/summary/{currency}/`, a single object). */
    getHoldingsSummaryIn: async (ref: AccountRef & { currency: string }) =>
      call({ path: `${base(ref)}/summary/${seg(ref.currency.toUpperCase())}/`, schema: waHoldingsSummarySchema }),
    getHolding: async (ref: AccountRef & { productId: string }) =>
      call({ path: `${base(ref)}/${seg(ref.productId)}/`, schema: waHoldingSchema }),
  };
}
