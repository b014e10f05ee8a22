import { z } from "zod";

import { seg, type Call } from "./call";
import type { AccountRef } from "./client-accounts";
import { customerPath } from "./client-customers";
import { waInvestmentAccountSchema } from "./account-schemas";
import { waCustomerSchema, waDecimalLike, waPageSchema } from "./schemas";
import type { WiseAlphaProfileUpdate } from "./client-customers";

/** Seed "Available accounts": what a customer could open, with unmet prerequisites in `validation`. */
export const waAvailableAccountSchema = z.object({
  account_type: z.string(),
  title: z.string(),
  description: z.string(),
  currency: z.string(),
  is_transfer: z.boolean(),
  validation: z.array(z.string()),
});
/** Seed "Account activity": past movements and the payments due on open holdings. */
export const waActivitySchema = z.array(
  z.looseObject({ created: z.string().optional(), amount: waDecimalLike, description: z.string(), transaction_type: z.string() }),
);
/** Seed "Account product transactions": a holding's buys, sells, payments and repayments. */
export const waProductTransactionSchema = z.looseObject({
  reference: z.string(),
  product_id: z.string(),
  created: z.string(),
  transaction_type: z.string(),
  principal: waDecimalLike,
  amount: waDecimalLike,
  currency: z.string(),
});
export const waProductTypeSchema = z.looseObject({ market_type: z.string(), resource_url: z.string().optional() });

/** Account opening, activity, a holding's history, product types and the full-profile PUT. */
export function accountExtraMethods(call: Call) {
  const account = (ref: AccountRef) => `/customers/${customerPath(ref.customerId)}/investment-accounts/${seg(ref.accountId)}`;
  return {
    listAvailableAccounts: async (customerId: string) =>
      call({
        path: `/customers/${customerPath(customerId)}/investment-accounts/available/`,
        schema: waPageSchema(waAvailableAccountSchema),
      }),
    /** Opens an account or adds a currency; sent once (a lost answer: list the accounts before trying again). */
    openAvailableAccount: async (customerId: string, input: { accountType: string; currency: string; isTransfer?: boolean }) =>
      call({
        method: "POST",
        path: `/customers/${customerPath(customerId)}/investment-accounts/available/action/`,
        body: { account_type: input.accountType, currency: input.currency, is_transfer: input.isTransfer ?? false },
        schema: waInvestmentAccountSchema,
        refusals: { 400: "WiseAlpha cannot open this account yet: a prerequisite is missing (see the details)." },
      }),
    getActivity: async (ref: AccountRef & { currency: string }) =>
      call({ path: `${account(ref)}/activity/${seg(ref.currency.toUpperCase())}/`, schema: waActivitySchema }),
    listProductTransactions: async (ref: AccountRef & { productId: string }) =>
      call({ path: `${account(ref)}/products/${seg(ref.productId)}/transactions/`, schema: z.array(waProductTransactionSchema) }),
    getProductTransaction: async (ref: AccountRef & { productId: string; reference: string }) =>
      call({
        path: `${account(ref)}/products/${seg(ref.productId)}/transactions/${seg(ref.reference)}/`,
        schema: waProductTransactionSchema,
      }),
    /** Moves a whole holding into a sub-account (a robowise portfolio); sent once. */
    transferHolding: async (ref: AccountRef & { productId: string; toAccount: string }) =>
      call({
        method: "POST",
        path: `${account(ref)}/products/${seg(ref.productId)}/transfer/`,
        body: { account: z.string().min(1).parse(ref.toAccount) },
        schema: z.unknown(),
      }),
    describeProductTypes: async () => call({ path: "/products/describe_types/", schema: waPageSchema(waProductTypeSchema) }),
    /** PUT keeps fields left out, as PATCH does (DRF as WiseAlpha runs it; see the sandbox README). */
    putCustomer: async (customerId: string, update: WiseAlphaProfileUpdate) =>
      call({ method: "PUT", path: `/customers/${customerPath(customerId)}/`, body: update, schema: waCustomerSchema }),
  };
}
