import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { offsetPagingParsers, viewParsers } from "@/components/ui/data-table/url-state";
import { DRIFT_PROVIDERS, DRIFT_STATES } from "@/lib/validations/reconciliation";

import { ALL_CHECK_NAMES } from "./check-names";

/** The drift list's URL state: filters, paging and view (README of the list kit). */
export const driftSearchParams = {
  state: parseAsStringLiteral(DRIFT_STATES),
  provider: parseAsStringLiteral(DRIFT_PROVIDERS),
  check: parseAsStringLiteral(ALL_CHECK_NAMES),
  object: parseAsString,
  ...offsetPagingParsers,
  ...viewParsers,
};
export const loadDriftSearchParams = createLoader(driftSearchParams);
