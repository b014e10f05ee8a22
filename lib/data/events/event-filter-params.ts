import { eventFilterSchema } from "@/lib/validations/events";

export const FILTER_KEYS = ["provider", "type", "status", "entity", "from", "to", "q"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

// A datetime-local input sends no zone; the page labels it UTC, so say so before
// `new Date` reads it in the server's own zone.
const NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** The filter keys present in the URL (first value of each), dates pinned to UTC, without the cursor. */
export function filterParams(searchParams: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) out[key] = (key === "from" || key === "to") && NO_ZONE.test(first) ? `${first}Z` : first;
  }
  return out;
}

/** The URL's event filter, validated; bad values are reported and the filter ignored, like the audit page. */
export function parseEventFilter(searchParams: SearchParams) {
  const before = Array.isArray(searchParams.before) ? searchParams.before[0] : searchParams.before;
  return eventFilterSchema.safeParse({ ...filterParams(searchParams), ...(before && { before }) });
}
