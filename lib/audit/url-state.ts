import { createLoader, createSerializer, parseAsString } from "nuqs/server";

import { keysetPagingParsers } from "@/components/ui/data-table/url-state";

/**
 * The audit trail's URL state (components/ui/data-table/README.md). Filters are read as text and
 * checked by auditFilterSchema, which says why a bad one was ignored; `cursor` is the keyset cursor.
 */
export const auditSearchParams = {
  action: parseAsString,
  actor: parseAsString,
  target: parseAsString,
  outcome: parseAsString,
  from: parseAsString,
  to: parseAsString,
  ...keysetPagingParsers,
};

export const loadAuditSearchParams = createLoader(auditSearchParams);
export const serializeAuditSearchParams = createSerializer(auditSearchParams);
