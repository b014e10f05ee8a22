import { createLoader, parseAsString } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";
import { readParams } from "@/lib/url-params";

/**
 * The deposits list's URL state (see components/ui/data-table/README.md). Filters are read as
 * text here and checked by depositFilterSchema (lib/validations/deposits.ts), so a bad value is
 * reported on the page rather than silently dropped.
 */
export const depositSearchParams = {
  state: parseAsString,
  portfolio: parseAsString,
  mine: parseAsString,
  ...offsetPagingParsers,
};

export const loadDepositSearchParams = createLoader(depositSearchParams);

export function depositFilterParams(values: Awaited<ReturnType<typeof loadDepositSearchParams>>): Record<string, string> {
  return readParams(values, ["state", "portfolio", "mine"]);
}

/** /deposits/new?portfolio=…: the portfolio the form starts with (checked by newDepositQuerySchema). */
export const loadNewDepositSearchParams = createLoader({ portfolio: parseAsString });
