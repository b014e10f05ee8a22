import { z } from "zod";

import { ALL_CHECK_NAMES } from "@/lib/reconciliation/check-names";

import { optionalEnum, optionalText } from "./url-filters";

export const DRIFT_STATES = ["OPEN", "AUTO_CORRECTED", "ACKNOWLEDGED", "RESOLVED"] as const;
export const DRIFT_PROVIDERS = ["INVESTSUITE", "WISEALPHA", "CASHLINK", "EVENTS"] as const;

/** Drift-list filters as they live in the URL (also the CSV export's input). */
export const driftFilterSchema = z.object({
  state: optionalEnum(DRIFT_STATES),
  provider: optionalEnum(DRIFT_PROVIDERS),
  check: optionalEnum(ALL_CHECK_NAMES),
  /** The provider's object id (portfolio, order, customer, investment, event), exact. */
  object: optionalText,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type DriftFilter = z.infer<typeof driftFilterSchema>;

/** Acknowledge ("we know, it stays open") or resolve ("settled"): both need a reason for the record. */
export const decideDriftSchema = z.object({
  id: z.string().trim().min(1).max(64),
  decision: z.enum(["ACKNOWLEDGE", "RESOLVE"]),
  reason: z.string().trim().min(5, "Say why, in at least 5 characters.").max(1_000, "At most 1,000 characters."),
});
export type DecideDriftInput = z.infer<typeof decideDriftSchema>;

/** Says in the payload that a person asked for the run (a full run reads every provider). */
export const requestRunSchema = z.object({ confirm: z.literal(true) });
