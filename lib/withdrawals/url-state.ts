import { createLoader, parseAsString } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";
import { readParams } from "@/lib/url-params";

/**
 * The withdrawal queue's URL state (see components/ui/data-table/README.md). Filters are read as
 * text here and checked by withdrawalFilterSchema (lib/validations/withdrawals.ts), so a bad value
 * is reported on the page rather than silently dropped.
 */
export const withdrawalSearchParams = {
  state: parseAsString,
  provider: parseAsString,
  currency: parseAsString,
  portfolio: parseAsString,
  queue: parseAsString,
  sort: parseAsString,
  ...offsetPagingParsers,
};

export const loadWithdrawalSearchParams = createLoader(withdrawalSearchParams);

/** The filters as they go into links (state counts): only the ones set. */
export function withdrawalFilterParams(values: Awaited<ReturnType<typeof loadWithdrawalSearchParams>>): Record<string, string> {
  return readParams(values, ["state", "provider", "currency", "portfolio", "queue", "sort"]);
}
