import { randomBytes } from "node:crypto";

import type { State } from "../store/types";

/**
 * OAuth 2.0 authorization-code grants for individual accounts (seed 004 "OAuth"). The seed's
 * own example app is registered: its client_id, and the sandbox's published secret below.
 * Codes live 10 minutes and work once; access tokens 10 hours; refresh tokens rotate on use
 * (django-oauth-toolkit's defaults, which the /o/ paths point to).
 */
export const SCOPES = ["read_investments", "read_profile", "write_profile", "trade", "fund", "create_account"] as const;
export type Scope = (typeof SCOPES)[number];

export const SANDBOX_APP = {
  client_id: "ZOknOs0kO02ZyUA8Z6eBUL3cJNip2pRUE0Oi6P71",
  client_secret: "wa-sandbox-oauth-secret-000000000000000000",
  name: "Sandbox example app",
  /** The seed's example redirect, plus any local one so a back office on any port can connect. */
  redirectAllowed: (uri: string) => uri === "https://www.example.com/authorize" || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(uri),
};

export const CODE_TTL_MS = 10 * 60_000;
export const ACCESS_TTL_S = 36_000;

type Grant = { customer_id: string; scope: string; expires: number };
type OAuthState = {
  codes: Record<string, Grant & { redirect_uri: string; client_id: string }>;
  access: Record<string, Grant>;
  refresh: Record<string, Grant & { access_token: string }>;
};

type WithOAuth = State & { oauth?: OAuthState };
export const oauthState = (state: State): OAuthState => ((state as WithOAuth).oauth ??= { codes: {}, access: {}, refresh: {} });

export const newToken = () => randomBytes(20).toString("base64url");

export function issueTokens(state: State, grant: { customer_id: string; scope: string }, now: number) {
  const s = oauthState(state);
  const access_token = newToken();
  const refresh_token = newToken();
  s.access[access_token] = { ...grant, expires: now + ACCESS_TTL_S * 1000 };
  // Refresh tokens do not expire on their own here; they are replaced when used.
  s.refresh[refresh_token] = { ...grant, expires: Number.MAX_SAFE_INTEGER, access_token };
  return { access_token, token_type: "Bearer", expires_in: ACCESS_TTL_S, refresh_token, scope: grant.scope };
}

/** Which scope a request needs (null: any valid token). Paths are relative to /wisealpha/v1. */
export function requiredScope(method: string, path: string): Scope | null {
  const p = path.replace(/\?.*$/, "").replace(/\/$/, "");
  const write = method !== "GET";
  if (/\/investment-accounts\/available\/action$/.test(p)) return "create_account";
  if (/\/(balances\/[^/]+|robowise\/[^/]+)\/(fund|withdraw)$/.test(p)) return "fund";
  if (/\/investment-accounts\//.test(p) || /\/investment-accounts$/.test(p)) return write ? "trade" : "read_investments";
  if (/^\/v1\/market$/.test(p)) return "trade";
  if (/^\/v1\/customers\/[^/]+/.test(p)) return write ? "write_profile" : "read_profile";
  return null;
}
