import { z } from "zod";

import { databasePoolMax, databaseUrl, trustedProxyHops } from "../lib/config/env-pieces";
import { parseSettings } from "../lib/config/parse-settings";
import { poolTimeoutsSchema } from "../lib/db/pool-timeouts";
import { intakeLimitsSchema } from "../lib/events/intake-limits";
import { webhookSecretsSchema } from "../lib/events/webhook-secrets";

/**
 * The intake listener's settings, parsed once at start so a bad value stops the process
 * with the variable's name. Not lib/env.ts (`server-only`, the web app's); the webhook
 * keys come from the same schema, so web app and listener verify with the same values.
 */
export const intakeEnvSchema = z.object({
  DATABASE_URL: databaseUrl,
  /** Deliveries commit in batches (two at a time, see receive-delivery.ts), plus /health and rejections. */
  DATABASE_POOL_MAX: databasePoolMax,
  INTAKE_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** Proxies in front of the listener that append to X-Forwarded-For (as for the web app). */
  TRUSTED_PROXY_HOPS: trustedProxyHops,
  ...webhookSecretsSchema.shape,
  /** Checked here with the rest at start; intake/main.ts hands them on through poolTimeouts() and intakeLimitsFromEnv(). */
  ...poolTimeoutsSchema.shape,
  ...intakeLimitsSchema.shape,
});

export type IntakeEnv = z.infer<typeof intakeEnvSchema>;

export function parseIntakeEnv(source: Record<string, string | undefined> = process.env): IntakeEnv {
  return parseSettings(intakeEnvSchema, "intake settings", source);
}
