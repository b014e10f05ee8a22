import { createLoader, parseAsString } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";

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
  sort: parseAsString,
  ...offsetPagingParsers,
};

export const loadWithdrawalSearchParams = createLoader(withdrawalSearchParams);

/** The filters as they go into links (state counts): only the ones set. */
export function withdrawalFilterParams(values: Awaited<ReturnType<typeof loadWithdrawalSearchParams>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["state", "provider", "currency", "portfolio", "sort"] as const) {
    const value = values[key];
    if (value) out[key] = value;
  }
  return out;
}
