import { z } from "zod";

import type { WiseAlphaOAuthOptions } from "./oauth";

/**
 * OAuth app settings for individual accounts (seed 004 "OAuth"). Defaults are the sandbox's
 * registered example app (sandbox/wisealpha/README.md); they are not secrets.
 */
export const wiseAlphaOAuthConfigSchema = z.object({
  WISEALPHA_OAUTH_ROOT: z.url().default("http://127.0.0.1:4010/wisealpha/o"),
  WISEALPHA_OAUTH_CLIENT_ID: z.string().min(1).default("ZOknOs0kO02ZyUA8Z6eBUL3cJNip2pRUE0Oi6P71"),
  WISEALPHA_OAUTH_CLIENT_SECRET: z.string().min(1).default("wa-sandbox-oauth-secret-000000000000000000"),
});

export function wiseAlphaOAuthOptions(env: Record<string, string | undefined>): WiseAlphaOAuthOptions {
  const c = wiseAlphaOAuthConfigSchema.parse(env);
  return { oauthRoot: c.WISEALPHA_OAUTH_ROOT, clientId: c.WISEALPHA_OAUTH_CLIENT_ID, clientSecret: c.WISEALPHA_OAUTH_CLIENT_SECRET };
}
