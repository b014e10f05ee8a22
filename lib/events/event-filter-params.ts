import { readParams } from "@/lib/url-params";
import { eventFilterSchema } from "@/lib/validations/events";

export const FILTER_KEYS = ["provider", "type", "status", "entity", "from", "to", "q"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter keys present in the URL (first value of each), without the cursor. Dates are read as UTC by the schema. */
export function filterParams(searchParams: SearchParams): Record<string, string> {
  return readParams(searchParams, FILTER_KEYS);
}

/** The URL's event filter, validated; bad values are reported and the filter ignored, like the audit page. */
export function parseEventFilter(searchParams: SearchParams) {
  const before = Array.isArray(searchParams.before) ? searchParams.before[0] : searchParams.before;
  return eventFilterSchema.safeParse({ ...filterParams(searchParams), ...(before && { before }) });
}
