import { createLoader, parseAsString } from "nuqs/server";

import { keysetPagingParsers } from "@/components/ui/data-table/url-state";

import { FILTER_KEYS } from "./event-filter-params";

/**
 * The event log's URL state (components/ui/data-table/README.md): the filters as text, checked by
 * eventFilterSchema (which says why a bad one was ignored), and the keyset `cursor`.
 */
export const eventSearchParams = {
  ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, parseAsString])) as Record<(typeof FILTER_KEYS)[number], typeof parseAsString>),
  ...keysetPagingParsers,
};

export const loadEventSearchParams = createLoader(eventSearchParams);

/** The loaded values as the record parseEventFilter reads (`cursor` becomes the schema's `before`). */
export function eventFilterInput(values: Awaited<ReturnType<typeof loadEventSearchParams>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (value) out[key] = value;
  }
  if (values.cursor) out.before = values.cursor;
  return out;
}
