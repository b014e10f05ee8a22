import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";
import { CUSTOMER_KYC_FILTERS, CUSTOMER_PROVIDER_FILTERS } from "@/lib/validations/customers";

/** /customers URL state, shared by the server page and the kit's filter bar and pager. */
export const customerSearchParams = {
  q: parseAsString,
  provider: parseAsStringLiteral(CUSTOMER_PROVIDER_FILTERS),
  kyc: parseAsStringLiteral(CUSTOMER_KYC_FILTERS),
  work: parseAsStringLiteral(["open"] as const),
  ...offsetPagingParsers,
};
export const loadCustomerSearchParams = createLoader(customerSearchParams);
