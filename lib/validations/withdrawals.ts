import { z } from "zod";

import { storableText } from "./storable";

import { optionalEnum, optionalText } from "./url-filters";

export const withdrawalIdSchema = z.object({ withdrawalId: storableText(64).min(1, "No withdrawal given.") });

export const REJECT_REASONS = ["Suspected fraud", "Customer request", "Account restrictions", "Amount mismatch", "Other"] as const;

export const rejectWithdrawalSchema = withdrawalIdSchema.extend({
  reason: z.enum(REJECT_REASONS, { message: "Choose a reason." }),
  comment: storableText(1000).min(5, "Say in a few words why (at least 5 characters)."),
});
export type RejectWithdrawalInput = z.infer<typeof rejectWithdrawalSchema>;

export const WITHDRAWAL_SORTS = ["oldest", "newest", "amount-desc", "amount-asc"] as const;
export type WithdrawalSort = (typeof WITHDRAWAL_SORTS)[number];

/** The queue's filters, sort and page as they live in the URL, so a view can be shared and reloaded. */
export const withdrawalFilterSchema = z.object({
  state: optionalEnum(["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING", "EXECUTED", "REJECTED", "FAILED", "CANCELLED"]),
  provider: optionalEnum(["INVESTSUITE", "WISEALPHA", "CASHLINK"]),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{3}$/, "Currency is a three-letter code, e.g. EUR.")
        .optional(),
    ),
  portfolio: optionalText,
  // The queue is worked oldest first, so that is the default.
  sort: optionalEnum(WITHDRAWAL_SORTS).transform((v) => v ?? "oldest"),
  page: z.coerce.number().int().min(1, "Page starts at 1.").max(10_000).optional().default(1),
});
export type WithdrawalFilter = z.infer<typeof withdrawalFilterSchema>;

/** WiseAlpha cash amounts: a positive decimal string with at most 2 places (WiseAlpha validates the same). */
export const WISEALPHA_AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** Staff ask for a WiseAlpha withdrawal for a customer's investment account and currency. */
export const newWiseAlphaWithdrawalSchema = z.object({
  customerId: storableText(64).min(1, "Enter the WiseAlpha customer ID."),
  accountId: storableText(64).min(1, "Enter the investment account ID."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Currency is a three-letter code, e.g. GBP."),
  amount: z
    .string()
    .trim()
    .regex(WISEALPHA_AMOUNT_PATTERN, "Enter an amount like 250 or 250.50 (digits, at most 2 decimal places).")
    .refine((v) => !/^0+(\.0+)?$/.test(v), "The amount must be more than 0."),
});
export type NewWiseAlphaWithdrawalInput = z.infer<typeof newWiseAlphaWithdrawalSchema>;

/** A bulk approval's payee look-up: the ticked requests, at most a page of them. */
export const withdrawalIdsSchema = z.object({
  withdrawalIds: z.array(storableText(64).min(1)).min(1, "Tick at least one request.").max(100),
});
