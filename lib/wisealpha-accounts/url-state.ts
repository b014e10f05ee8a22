import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { offsetPagingParsers, viewParsers } from "@/components/ui/data-table/url-state";

/** The account ledger's filters, paging and view (one parser set for the page and the CSV export). */
export const ledgerSearchParams = {
  currency: parseAsString,
  type: parseAsString,
  direction: parseAsStringLiteral(["in", "out"] as const),
  from: parseAsString,
  to: parseAsString,
  ...offsetPagingParsers,
  ...viewParsers,
};
export const loadLedgerSearchParams = createLoader(ledgerSearchParams);
