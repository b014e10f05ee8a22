import Decimal from "decimal.js";
import { z } from "zod";

import { DEPOSIT_AMOUNT_PATTERN } from "@/lib/deposits/amount-rules";

import { storableText, STORABLE_YEARS } from "./storable";
import { optionalEnum, optionalText } from "./url-filters";

/** InvestSuite's portfolio ids: `P` and 26 Crockford base-32 characters (seed 000). */
const PORTFOLIO_ID = /^P[0-9A-HJKMNP-TV-Z]{26}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && year >= STORABLE_YEARS.min && year <= STORABLE_YEARS.max;
}

/**
 * Staff record an incoming bank transfer for an InvestSuite portfolio. The same schema checks
 * the form in the browser and the action on the server; the portfolio's currency is checked
 * against InvestSuite in lib/deposits/record-deposit.ts.
 */
export const recordDepositSchema = z.object({
  portfolioId: z
    .string()
    .trim()
    .toUpperCase()
    .max(64, "Must be at most 64 characters.")
    .regex(PORTFOLIO_ID, "Enter an InvestSuite portfolio id: P followed by 26 letters and digits."),
  amount: z
    .string()
    .trim()
    .max(40, "Enter an amount like 2500 or 2500.50.")
    .regex(DEPOSIT_AMOUNT_PATTERN, "Enter an amount like 2500 or 2500.50 (digits, at most 6 decimal places).")
    .refine((v) => !DEPOSIT_AMOUNT_PATTERN.test(v) || new Decimal(v).greaterThan(0), "The amount must be more than 0."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Currency is a three-letter code, e.g. EUR."),
  valueDate: z.string().trim().max(10, "Enter the value date as YYYY-MM-DD.").refine(isCalendarDay, "Enter the value date as YYYY-MM-DD."),
  // external_id at InvestSuite is at most 64 characters, and the reference is sent there.
  bankReference: storableText(64)
    .min(1, "Enter the bank's reference of the transfer.")
    .refine((v) => /^[\x20-\x7E]*$/.test(v), "Use letters, digits and ordinary punctuation only (it is sent to InvestSuite)."),
  note: storableText(500).optional(),
});
export type RecordDepositInput = z.infer<typeof recordDepositSchema>;

export const depositIdSchema = z.object({ depositId: storableText(64).min(1, "No deposit given.") });

export const rejectDepositSchema = depositIdSchema.extend({
  reason: storableText(1000).min(5, "Say in a few words why (at least 5 characters)."),
});
export type RejectDepositInput = z.infer<typeof rejectDepositSchema>;

export const DEPOSIT_STATE_VALUES = ["RECORDED", "AWAITING_APPROVAL", "READY_TO_SEND", "SENDING", "SENT", "FAILED", "REJECTED"] as const;

/** The list's filters as they live in the URL; "mine" is the two personal queues. */
export const depositFilterSchema = z.object({
  state: optionalEnum(DEPOSIT_STATE_VALUES),
  portfolio: optionalText,
  mine: optionalEnum(["awaiting-my-approval", "recorded-by-me"]),
  page: z.coerce.number().int().min(1, "Page starts at 1.").max(10_000).optional().default(1),
});
export type DepositFilter = z.infer<typeof depositFilterSchema>;

/** /deposits/new?portfolio=…: the portfolio to prefill, used only when it is a portfolio id. */
export const newDepositQuerySchema = z.object({
  portfolio: optionalText.transform((v) => (v && PORTFOLIO_ID.test(v.toUpperCase()) ? v.toUpperCase() : undefined)),
});
