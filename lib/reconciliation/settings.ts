import { z } from "zod";

import { parseSettings } from "../config/parse-settings";
import { DEFAULT_SETTINGS, type ReconciliationSettings } from "./types";

// No `server-only`: the worker and the bench read these too.

const minutes = (fallback: number) => z.coerce.number().min(0).default(fallback);

/** Reconciliation's settings, parsed once where they are used; a bad value names its variable. */
export const reconciliationEnvSchema = z.object({
  /** pg-boss cron (UTC) for the scheduled full run; "off" disables it. */
  RECONCILIATION_SCHEDULE: z.string().min(1).default("*/30 * * * *"),
  /** Comma-separated check names a scheduled run takes; empty or "all" is every check. */
  RECONCILIATION_CHECKS: z.string().default("all"),
  RECONCILIATION_UNPROCESSED_EVENT_AGE_MINUTES: minutes(DEFAULT_SETTINGS.unprocessedEventAgeMs / 60_000),
  RECONCILIATION_EVENT_GAP_WINDOW_HOURS: minutes(DEFAULT_SETTINGS.eventGapWindowMs / 3_600_000),
  RECONCILIATION_EVENT_GAP_GRACE_MINUTES: minutes(DEFAULT_SETTINGS.eventGapGraceMs / 60_000),
});

export type ReconciliationEnv = z.infer<typeof reconciliationEnvSchema>;

export function parseReconciliationEnv(source: NodeJS.ProcessEnv = process.env): ReconciliationEnv {
  return parseSettings(reconciliationEnvSchema, "reconciliation settings", source);
}

export function settingsOf(env: ReconciliationEnv): ReconciliationSettings {
  return {
    unprocessedEventAgeMs: env.RECONCILIATION_UNPROCESSED_EVENT_AGE_MINUTES * 60_000,
    eventGapWindowMs: env.RECONCILIATION_EVENT_GAP_WINDOW_HOURS * 3_600_000,
    eventGapGraceMs: env.RECONCILIATION_EVENT_GAP_GRACE_MINUTES * 60_000,
  };
}
