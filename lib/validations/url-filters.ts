import { z } from "zod";

/** A text filter from the URL: trimmed, empty means "no filter". */
export const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

/** A date filter from the URL (e.g. a datetime-local input); a bad value says what it was. */
export const optionalDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = new Date(v);
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
