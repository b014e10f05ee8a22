import { z } from "zod";

import { waDecimal, waPageSchema } from "./schemas";

/** Investment accounts, balances, cash transactions, fund and withdraw (seed: "Accounts and Portfolio"). */

/**
 * The seed lists accounts with `id` but its create response (and WiseAlpha's own example
 * client) uses `reference`: either is accepted and `id` is always set on the way out.
 */
export const waInvestmentAccountSchema = z
  .object({
    id: z.string().optional(),
    reference: z.string().optional(),
    account_type: z.string(),
    currencies: z.array(z.string()),
    created: z.string().optional(),
  })
  .refine((a) => a.id !== undefined || a.reference !== undefined, { message: "an account needs an id or a reference" })
  .transform((a) => ({ ...a, id: (a.id ?? a.reference) as string }));
export type WiseAlphaInvestmentAccount = z.infer<typeof waInvestmentAccountSchema>;
export const waInvestmentAccountPageSchema = waPageSchema(waInvestmentAccountSchema);

/** Uninvested cash in one currency; also the withdraw response (the balance after it). */
export const waBalanceSchema = z.object({ currency: z.string(), amount: waDecimal });
export type WiseAlphaBalance = z.infer<typeof waBalanceSchema>;
/** Seed: "this list is never paginated and the result is always a simple array". */
export const waBalanceListSchema = z.array(waBalanceSchema);

export const waPaymentMethodListSchema = z.array(z.object({ method: z.string(), details: z.unknown().optional() }));

export const waTransactionSchema = z.object({
  created: z.string(),
  reference: z.string(),
  /** Uninvested cash after this transaction. */
  balance: waDecimal,
  /** Negative for withdrawals and purchases. */
  amount: waDecimal,
  currency: z.string(),
  description: z.string(),
  /** "Deposit via bank transfer", "Withdrawal", … (String-Enum, open-ended). */
  type: z.string(),
});
export type WiseAlphaTransaction = z.infer<typeof waTransactionSchema>;
export const waTransactionPageSchema = waPageSchema(waTransactionSchema);

export const WA_FUND_METHODS = ["bank_transfer", "open_banking", "paysafe_js", "debit_card"] as const;

export const waFundResultSchema = z.object({
  status: z.string(),
  /** bank_transfer: where the customer sends the money; wisealpha_reference reappears in account.bank-transfer-credited. */
  transfer_details: z
    .looseObject({
      amount: waDecimal,
      currency: z.string(),
      wisealpha_reference: z.string(),
      account_name: z.string().optional(),
      sort_code: z.string().optional(),
      account_number: z.string().optional(),
      bank_name: z.string().optional(),
      swift_code: z.string().optional(),
      iban: z.string().optional(),
      bank_reference: z.string().optional(),
    })
    .optional(),
  wisealpha_reference: z.string().optional(),
  /** open_banking / debit_card: where to send the customer. */
  payment_url: z.string().optional(),
  redirect_url: z.string().optional(),
});
export type WiseAlphaFundResult = z.infer<typeof waFundResultSchema>;
