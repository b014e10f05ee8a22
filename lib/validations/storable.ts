import { z } from "zod";

/**
 * What PostgreSQL can store, as zod pieces every external input is built from (forms,
 * URL filters, webhook bodies, headers). PostgreSQL refuses NUL in text and jsonb and
 * lone UTF-16 surrogates in jsonb; its timestamps end at year 294276 and JavaScript's
 * Date at 275760, and int8 at 2^63−1. Input outside these is refused up front with a
 * message, so it never reaches the database as a 500.
 */

const NUL = "\u0000";

/** True when PostgreSQL can store the string as text and inside jsonb. */
export function isStorableText(value: string): boolean {
  return !value.includes(NUL) && value.isWellFormed();
}

/** A trimmed text field of at most `max` characters with no NUL or lone surrogate. */
export function storableText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters.`)
    .refine(isStorableText, "Contains characters that cannot be stored (NUL or a broken character).");
}

/** Years people and providers actually use; anything outside is a typo or an attack, not a date. */
export const STORABLE_YEARS = { min: 1900, max: 2200 } as const;

export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= STORABLE_YEARS.min && year <= STORABLE_YEARS.max;
}

/** A calendar date `YYYY-MM-DD` within STORABLE_YEARS, as a Date at UTC midnight. */
export const storableDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Must be a date (YYYY-MM-DD).")
  .transform((text, ctx) => {
    const date = new Date(`${text}T00:00:00Z`);
    if (!isStorableDate(date) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: "custom", message: `${text} is not a date between ${STORABLE_YEARS.min} and ${STORABLE_YEARS.max}.` });
      return z.NEVER;
    }
    return date;
  });

/** PostgreSQL's bigint (int8) range, for ids and keyset cursors taken from a URL. */
export const INT8_MAX = 9223372036854775807n;

/** A positive bigint id or cursor as decimal text, refused beyond int8. */
export const storableBigIntId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "Must be a positive whole number.")
  // zod runs this even when the regex failed: BigInt("abc") would throw instead of refusing.
  .refine((text) => !/^\d+$/.test(text) || BigInt(text) <= INT8_MAX, "Is too large.")
  .transform((text) => BigInt(text));
