/**
 * The portfolio list requests issue 8's bench times: URL search params exactly as the
 * page receives them, 100 rows each with the owner embedded (the page always embeds it).
 * Over the sandbox's default data (5,000 portfolios, 2,000 users).
 */
export type PortfolioCase = { name: string; params: Record<string, string> };

export const PORTFOLIO_CASES: readonly PortfolioCase[] = [
  { name: "no filter", params: { size: "100" } },
  {
    name: "USD real money, newest first",
    params: { q: "base_currency eq 'USD' and money_type eq 'REAL_MONEY'", sort: "creation_datetime:desc", size: "100" },
  },
  {
    name: "nested: manager settings active, by name",
    params: { q: "config.manager_settings.active eq true and config.manager neq 'USER_MANAGED'", sort: "name", size: "100" },
  },
  { name: "deep offset: page 45 (offset 4,400)", params: { size: "100", page: "45" } },
];

/** Issue 8, "Done when" 4. */
export const PORTFOLIO_TARGET_P95_MS = 150;

/** Issue 19, "Done when" 3: the signed-in page's p95 at most this much above the sandbox's own p95, per case. */
export const PAGE_OVER_SANDBOX_P95_MS = 50;
