import { z } from "zod";

import { realSecretsOutsideSandbox } from "../sandbox-secrets";
import type { WiseAlphaClientOptions } from "./call";

/** The sandbox's published keys (sandbox/wisealpha/README.md, sandbox/lib/context.ts); not secrets. */
const SANDBOX_API_KEY = "wa-sandbox-super-0000000000000000000000000";
const SANDBOX_WEBHOOK_KEY = "c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=";

/**
 * WiseAlpha settings, to be merged into lib/env.ts's schema. Defaults point at the local
 * sandbox so a fresh checkout runs; a real WiseAlpha URL with the sandbox keys is refused
 * at start rather than failing with 401s (or unverifiable webhooks) on first use.
 */
export const wiseAlphaConfigSchema = z
  .object({
    /** The API root, without a trailing slash: the sandbox mounts WiseAlpha's /v1 under /wisealpha. */
    WISEALPHA_BASE_URL: z.url().default("http://127.0.0.1:4010/wisealpha/v1"),
    /** Super-account key (`Authorization: Token <key>`). Static: it does not expire, it can only be revoked. */
    WISEALPHA_API_KEY: z.string().min(8).default(SANDBOX_API_KEY),
    /** Base64 key WiseAlpha hands out for `x-wisealpha-signature` (HMAC-SHA256 of the raw body with the decoded key). */
    WISEALPHA_WEBHOOK_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be the base64 key WiseAlpha provided")
      .default(SANDBOX_WEBHOOK_KEY),
  })
  .superRefine(
    realSecretsOutsideSandbox("WISEALPHA_BASE_URL", [
      ["WISEALPHA_API_KEY", SANDBOX_API_KEY],
      ["WISEALPHA_WEBHOOK_KEY", SANDBOX_WEBHOOK_KEY],
    ]),
  );

export type WiseAlphaConfig = z.infer<typeof wiseAlphaConfigSchema>;

/** Maps parsed settings to client options (the caller adds fetch/timeouts if it needs to). */
export function wiseAlphaClientOptions(config: WiseAlphaConfig): WiseAlphaClientOptions {
  return { baseUrl: config.WISEALPHA_BASE_URL, apiKey: config.WISEALPHA_API_KEY };
}
