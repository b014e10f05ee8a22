import { createLoader, parseAsStringLiteral } from "nuqs/server";

import { offsetPagingParsers, viewParsers } from "@/components/ui/data-table/url-state";

/** The "orders to confirm" page's URL: which work list (re-priced, or lost placements), page and size. */
export const toConfirmSearchParams = {
  view: parseAsStringLiteral(["lost"] as const),
  ...offsetPagingParsers,
  ...viewParsers,
};
export const loadToConfirmSearchParams = createLoader(toConfirmSearchParams);
