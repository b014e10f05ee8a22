import Decimal from "decimal.js";
import { z } from "zod";

/**
 * DEPOSIT_FOUR_EYES_ABOVE: a deposit of more than this amount (in the portfolio's currency)
 * needs a second person before it is sent; at or below it, it is sent straight away.
 * A plain decimal, e.g. `10000`; `0` makes every deposit need approval.
 */
export const depositFourEyesAboveSchema = z
  .string()
  .trim()
  .regex(/^\d{1,18}(\.\d{1,6})?$/, "must be a decimal amount, e.g. 10000")
  .default("10000");

/** Deposit amounts as typed and as sent: a positive decimal string, at most 18 digits before and 6 after the point (our column). */
export const DEPOSIT_AMOUNT_PATTERN = /^\d{1,18}(\.\d{1,6})?$/;

export function isPositiveAmount(amount: string): boolean {
  return DEPOSIT_AMOUNT_PATTERN.test(amount) && new Decimal(amount).greaterThan(0);
}

/** Strictly above the threshold needs approval; exactly the threshold does not. */
export function needsFourEyes(amount: string, threshold: string): boolean {
  return new Decimal(amount).greaterThan(new Decimal(threshold));
}

/** Canonical form sent to InvestSuite: no exponent, no trailing zeros ("1000.50" → "1000.5"). */
export function wireAmount(amount: Decimal.Value): string {
  return new Decimal(amount).toFixed();
}
