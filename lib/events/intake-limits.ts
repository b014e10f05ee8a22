import { z } from "zod";

import { parseSettings } from "../config/parse-settings";

/**
 * How much of the rejection log one sender may fill (issue 20, finding 8: 300 unsigned
 * 67 KB posts grew it by 20 MB in 1.8 s). Within `perSenderPerMinute` a refused delivery
 * keeps a row with the first `sampleBytes` of its body; beyond it the refusal is only
 * counted (EventRejectionCount, one row per sender and minute). Read by the web app, the
 * intake listener and the worker alike, so one setting covers every transport.
 */
export const intakeLimitsSchema = z.object({
  /** A provider retrying one bad event 5 times, across a handful of event types, stays well under it. */
  INTAKE_REJECTIONS_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
  /** Enough to see what was sent (envelope, ids, the start of the data) without storing what a flood sends. */
  INTAKE_REJECTION_SAMPLE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(1024 * 1024)
    .default(2048),
});

export type IntakeLimits = { perSenderPerMinute: number; sampleBytes: number };

export function intakeLimitsFromEnv(source: Record<string, string | undefined> = process.env): IntakeLimits {
  const env = parseSettings(intakeLimitsSchema, "intake settings", source);
  return { perSenderPerMinute: env.INTAKE_REJECTIONS_PER_MINUTE, sampleBytes: env.INTAKE_REJECTION_SAMPLE_BYTES };
}
