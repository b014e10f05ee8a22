import { z } from "zod";

import { realSecretsOutsideSandbox } from "../sandbox-secrets";
import type { CashlinkClientOptions } from "./client";

/** The sandbox's published demo client (sandbox/cashlink/README.md); not a secret. */
const SANDBOX_CLIENT_ID = "cashlink-sandbox-client";
const SANDBOX_CLIENT_SECRET = "cashlink-sandbox-secret";

/** What the back office needs; documents:write is only for uploads, which we do not do yet. */
const DEFAULT_SCOPES = "investors:read investors:write investments:read investments:write";

/**
 * Cashlink settings, to be merged into lib/env.ts's schema. Defaults point at the local
 * sandbox so a fresh checkout runs; a real Cashlink URL without real credentials is refused
 * at start, rather than failing with 401s on the first user action.
 */
export const cashlinkConfigSchema = z
  .object({
    CASHLINK_BASE_URL: z.url().default("http://127.0.0.1:4010/cashlink"),
    CASHLINK_CLIENT_ID: z.string().min(1).default(SANDBOX_CLIENT_ID),
    CASHLINK_CLIENT_SECRET: z.string().min(1).default(SANDBOX_CLIENT_SECRET),
    /** Space-separated OAuth scopes, as Cashlink's token endpoint takes them. */
    CASHLINK_SCOPES: z.string().default(DEFAULT_SCOPES),
  })
  .superRefine(
    realSecretsOutsideSandbox("CASHLINK_BASE_URL", [
      ["CASHLINK_CLIENT_ID", SANDBOX_CLIENT_ID],
      ["CASHLINK_CLIENT_SECRET", SANDBOX_CLIENT_SECRET],
    ]),
  );

export type CashlinkConfig = z.infer<typeof cashlinkConfigSchema>;

/** Maps parsed settings to client options (the caller adds fetch/timeouts if it needs to). */
export function cashlinkClientOptions(config: CashlinkConfig): CashlinkClientOptions {
  return {
    baseUrl: config.CASHLINK_BASE_URL,
    clientId: config.CASHLINK_CLIENT_ID,
    clientSecret: config.CASHLINK_CLIENT_SECRET,
    scopes: config.CASHLINK_SCOPES,
  };
}
