import { createLoader, parseAsString } from "nuqs/server";

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
