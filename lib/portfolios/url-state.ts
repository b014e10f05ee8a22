import { createLoader, parseAsInteger, parseAsString } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";

/**
 * The portfolio list's URL, read through nuqs as text and checked by portfolioListSchema
 * (lib/validations/portfolios.ts): `q` in InvestSuite's query language, `sort` as
 * `field[:desc],…`, `cols`, and the kit pager's `page` and `size`. Saved views store the same keys.
 */
export const loadPortfolioList = createLoader({
  q: parseAsString,
  sort: parseAsString,
  page: parseAsString,
  size: parseAsString,
  cols: parseAsString,
});

/** The versions page: compare version `a` with version `b` (both version numbers; a missing or unknown one falls back). */
export const versionCompareParams = { a: parseAsInteger, b: parseAsInteger };
export const loadVersionCompare = createLoader(versionCompareParams);

/** The InvestSuite users list: search text and the kit pager's page and size. */
export const loadInvestSuiteUserList = createLoader({ q: parseAsString, ...offsetPagingParsers });
