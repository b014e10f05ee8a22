import type { z } from "zod";

/**
 * A list page's filter as its URL gives it. A URL that does not parse is reported (the page shows
 * `error` in FilterIgnoredAlert) and ignored rather than a 500: the list falls back to the schema's
 * defaults, and `kept` (what the page's links carry on) drops the bad values.
 */
export function readListFilter<S extends z.ZodType>(
  schema: S,
  params: Record<string, string>,
): { filter: z.output<S>; kept: Record<string, string>; error: z.ZodError | undefined } {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { filter: parsed.data, kept: params, error: undefined };
  return { filter: schema.parse({}), kept: {}, error: parsed.error };
}
