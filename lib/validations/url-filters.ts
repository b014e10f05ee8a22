import { z } from "zod";

import { isStorableDate, isStorableText, STORABLE_YEARS, storableBigIntId } from "./storable";

/**
 * A text filter from the URL: trimmed, empty means "no filter". NUL and lone surrogates
 * are refused here: PostgreSQL cannot compare text containing them (a 500 otherwise).
 */
export const optionalText = z
  .string()
  .trim()
  .max(200, "Must be at most 200 characters.")
  .refine(isStorableText, "Contains characters that cannot be searched for (NUL or a broken character).")
  .optional()
  .transform((v) => v || undefined);

/** A date-time without a zone, as a datetime-local input sends it. */
const NO_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?$/;

/**
 * A date filter from the URL (e.g. a datetime-local input); a bad value says what it
 * was. A value without a zone is UTC, as the forms label it: `new Date` would
 * otherwise read it in the server's own zone, and each server could differ. Years
 * outside STORABLE_YEARS (`0000-01-01`, `275760-09-13`) are refused: PostgreSQL or
 * Date arithmetic on them fails with a 500.
 */
export const optionalDate = z
  .string()
  .max(40, "Is not a date.")
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = new Date(NO_ZONE.test(v) ? `${v.length === 10 ? `${v}T00:00` : v}Z` : v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date.` });
      return z.NEVER;
    }
    if (!isStorableDate(date)) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date between ${STORABLE_YEARS.min} and ${STORABLE_YEARS.max}.` });
      return z.NEVER;
    }
    return date;
  });

/** An enum filter from a <select> whose "any" option submits "". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values)
    .optional()
    .or(z.literal("").transform(() => undefined));
}

/**
 * Keyset cursor: rows with an id below this one. Kept as decimal text (callers make the
 * BigInt), but refused beyond int8 so the query never overflows.
 */
export const keysetCursor = z
  .string()
  .refine((v) => storableBigIntId.safeParse(v).success, "Cursor must be a positive whole number within range.")
  .optional();

/** A bigint id from a URL path or query (event id, cursor); undefined when it is not one we could store. */
export function parseBigIntId(value: string | string[] | undefined): bigint | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  const parsed = storableBigIntId.safeParse(text);
  return parsed.success ? parsed.data : undefined;
}
