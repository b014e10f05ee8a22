import "server-only";

import { z } from "zod";

import { webhookSecretsSchema } from "@/lib/events/webhook-secrets";
import { poolTimeoutsSchema } from "@/lib/db/pool-timeouts";
import { intakeLimitsSchema } from "@/lib/events/intake-limits";
import { databasePoolMax, databaseUrl, trustedProxyHops } from "@/lib/config/env-pieces";
import { parseSettings } from "@/lib/config/parse-settings";
import { depositFourEyesAboveSchema } from "@/lib/deposits/amount-rules";

/**
 * Every server setting, parsed once with zod so a bad value fails loudly at start
 * with the variable's name. `.env.example` lists the same variables with defaults.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: databasePoolMax,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Proxies in front of the app that append to X-Forwarded-For; the client IP is that many entries from the right. */
  TRUSTED_PROXY_HOPS: trustedProxyHops,
  SANDBOX_URL: z.string().url().default("http://127.0.0.1:4010"),
  /** WISEALPHA_WEBHOOK_KEY, INVESTSUITE_PUSH_SECRET, CASHLINK_WEBHOOK_TOKEN: shared with the intake listener. */
  ...webhookSecretsSchema.shape,
  /** Two distinct approvers above these amounts, e.g. `EUR:100000,USD:100000`; empty = one approver. */
  WITHDRAWAL_DUAL_APPROVAL_ABOVE: z.string().default(""),
  /** Deposits above this amount (portfolio currency) need a second person before they are sent (lib/deposits/amount-rules.ts). */
  DEPOSIT_FOUR_EYES_ABOVE: depositFourEyesAboveSchema,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** /api/health reports processing degraded when the oldest due event has waited longer than this. */
  PROCESSING_LAG_DEGRADED_SECONDS: z.coerce.number().int().min(1).default(60),

  /** Four eyes: an account someone created, promoted or reset cannot approve that person's requests for this long. */
  FOUR_EYES_COOLING_OFF_HOURS: z.coerce.number().min(0).max(8760).default(72),
  /** Four eyes: a pending change request nobody decided expires after this many hours. */
  FOUR_EYES_REQUEST_EXPIRY_HOURS: z.coerce.number().min(1).max(8760).default(72),
  /** Four eyes: orders above these amounts (e.g. `EUR:50000,GBP:50000`) need a second person; empty = none. */
  ORDER_FOUR_EYES_ABOVE: z
    .string()
    .default("")
    .refine(
      (v) => /^\s*$|^\s*[A-Za-z]{3}:\d+(\.\d+)?(\s*,\s*[A-Za-z]{3}:\d+(\.\d+)?)*\s*,?\s*$/.test(v),
      "must be CCY:amount pairs, e.g. EUR:50000,GBP:50000",
    ),

  /** Roles that must pass a TOTP second factor after the password, e.g. `ADMIN,STAFF`; empty = none (others may enrol). */
  SECOND_FACTOR_REQUIRED_ROLES: z
    .string()
    .default("ADMIN")
    .transform((text) =>
      text
        .split(",")
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(["STAFF", "COMPLIANCE", "ADMIN"]))),

  /** DATABASE_*_TIMEOUT_MS: read by lib/db.ts through poolTimeouts(); listed here so a bad value fails with the others. */
  ...poolTimeoutsSchema.shape,
  /** INTAKE_REJECTIONS_PER_MINUTE, INTAKE_REJECTION_SAMPLE_BYTES (lib/events/intake-limits.ts). */
  ...intakeLimitsSchema.shape,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  // keepEmpty: here an empty value can mean something (SECOND_FACTOR_REQUIRED_ROLES="" is "no role").
  cached ??= parseSettings(envSchema, "environment", process.env, { keepEmpty: true });
  return cached;
}
