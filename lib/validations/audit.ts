import { z } from "zod";

import { keysetCursor, optionalDate, optionalEnum, optionalText } from "./url-filters";

export const AUDIT_OUTCOMES = ["SUCCESS", "DENIED", "FAILURE", "ATTEMPTED"] as const;

/** Audit filters as they live in the URL. Unknown keys are ignored; bad values say why. */
export const auditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  target: optionalText,
  outcome: optionalEnum(AUDIT_OUTCOMES),
  from: optionalDate,
  to: optionalDate,
  /** Keyset cursor: entries with an id below this one (ids only grow). */
  before: keysetCursor,
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(searchParams: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditFilterSchema.safeParse(flat);
}
