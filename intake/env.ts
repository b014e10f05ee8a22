import { z } from "zod";

import { poolTimeoutsSchema } from "../lib/db/pool-timeouts";
import { intakeLimitsSchema } from "../lib/events/intake-limits";
import { webhookSecretsSchema } from "../lib/events/webhook-secrets";

/**
 * The intake listener's settings, parsed once at start so a bad value stops the process
 * with the variable's name. Not lib/env.ts (`server-only`, the web app's); the webhook
 * keys come from the same schema, so web app and listener verify with the same values.
 */
export const intakeEnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
  /** Deliveries commit in batches (two at a time, see receive-delivery.ts), plus /health and rejections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  INTAKE_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** Proxies in front of the listener that append to X-Forwarded-For (as for the web app). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  ...webhookSecretsSchema.shape,
  /** Checked here with the rest at start; intake/main.ts hands them on through poolTimeouts() and intakeLimitsFromEnv(). */
  ...poolTimeoutsSchema.shape,
  ...intakeLimitsSchema.shape,
});

export type IntakeEnv = z.infer<typeof intakeEnvSchema>;

export function parseIntakeEnv(source: Record<string, string | undefined> = process.env): IntakeEnv {
  // An empty variable means "not set", as in scripts/lib/start-config.ts.
  const parsed = intakeEnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(`Invalid intake settings:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}
