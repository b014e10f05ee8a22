import { z } from "zod";

/** A text filter from the URL: trimmed, empty means "no filter". */
export const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

/** A date-time without a zone, as a datetime-local input sends it. */
const NO_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?$/;

/**
 * A date filter from the URL (e.g. a datetime-local input); a bad value says what it
 * was. A value without a zone is UTC, as the forms label it: `new Date` would
 * otherwise read it in the server's own zone, and each server could differ.
 */
export const optionalDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = new Date(NO_ZONE.test(v) ? `${v.length === 10 ? `${v}T00:00` : v}Z` : v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date.` });
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

/** Keyset cursor: rows with an id below this one. */
export const keysetCursor = z.string().regex(/^\d+$/, "Cursor must be a number.").optional();
