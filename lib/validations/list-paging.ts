import { z } from "zod";

import { DEFAULT_PAGE_SIZE, safePageSize } from "@/components/ui/data-table/url-state";

/** `page` from an offset-paged list's URL (the kit's pager writes it): 1-based, bounded. */
export const pageField = z.coerce.number().int().min(1, "Page starts at 1.").max(10_000).optional().default(1);

/** `size` from the URL: one of the kit's page sizes, anything else the default (never "everything"). */
export const pageSizeField = z.coerce
  .number()
  .optional()
  .catch(undefined)
  .transform((v) => safePageSize(v ?? DEFAULT_PAGE_SIZE));

/** An offset-paged list's URL: its own filters, then `page` and `size`. */
export function pagedFilter<S extends z.ZodRawShape>(filters: S) {
  return z.object({ ...filters, page: pageField, size: pageSizeField });
}
