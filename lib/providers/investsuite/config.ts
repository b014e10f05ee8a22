import { z } from "zod";

/**
 * InvestSuite client settings. The defaults are the local sandbox and its demo login
 * (sandbox/investsuite/README.md), so a fresh checkout talks to the sandbox; production
 * sets all three. The lead merges this into lib/env.ts.
 */
export const investSuiteConfigSchema = z.object({
  INVESTSUITE_BASE_URL: z.string().url().default("http://127.0.0.1:4010/investsuite"),
  /** Sent as `access_key_id`: InvestSuite takes a key pair or a username/password in the same fields. */
  INVESTSUITE_USERNAME: z.string().min(1).default("backoffice@bank.example"),
  /** Sent as `secret_access_key`. */
  INVESTSUITE_PASSWORD: z.string().min(1).default("sandbox-password"),
});

export type InvestSuiteConfig = z.infer<typeof investSuiteConfigSchema>;

/** Client options from parsed settings, so callers never spell the variable names twice. */
export function investSuiteClientOptions(config: InvestSuiteConfig) {
  return { baseUrl: config.INVESTSUITE_BASE_URL, username: config.INVESTSUITE_USERNAME, password: config.INVESTSUITE_PASSWORD };
}
