import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { offsetPagingParsers, safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { isStorableText } from "@/lib/validations/storable";
import { CUSTOMER_KYC_FILTERS, CUSTOMER_PROVIDER_FILTERS, type CustomerListParams } from "@/lib/validations/customers";

/** /customers URL state, shared by the server page and the kit's filter bar and pager. */
export const customerSearchParams = {
  q: parseAsString,
  provider: parseAsStringLiteral(CUSTOMER_PROVIDER_FILTERS),
  kyc: parseAsStringLiteral(CUSTOMER_KYC_FILTERS),
  work: parseAsStringLiteral(["open"] as const),
  ...offsetPagingParsers,
};
export const loadCustomerSearchParams = createLoader(customerSearchParams);

/** The list's filters from its raw query string; a value that cannot be stored or searched is dropped. */
export function parseCustomerListParams(raw: Record<string, string | string[] | undefined>): { success: true; data: CustomerListParams } {
  const url = loadCustomerSearchParams(raw as Record<string, string | string[]>);
  const q = url.q?.trim().slice(0, 200);
  return {
    success: true,
    data: {
      q: q && isStorableText(q) ? q : null,
      provider: url.provider ? [url.provider] : null,
      kyc: url.kyc,
      work: url.work,
      page: safePage(url.page),
      size: safePageSize(url.size),
    },
  };
}

export const TIMELINE_FILTERS = ["provider", "ours", "audit"] as const;

/** The customer page's `tl` (timeline filter): one of the sources, else everything. */
export function parseTimelineFilter(raw: Record<string, string | string[] | undefined>) {
  const tl = Array.isArray(raw.tl) ? raw.tl[0] : raw.tl;
  return {
    success: true as const,
    data: { tl: (TIMELINE_FILTERS as readonly string[]).includes(tl ?? "") ? (tl as (typeof TIMELINE_FILTERS)[number]) : ("all" as const) },
  };
}
