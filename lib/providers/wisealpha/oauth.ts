import { ProviderError } from "../errors";
import { providerFetch, type FetchLike } from "../http";
import { WA_OAUTH_SCOPES, waOAuthTokenSchema, type WiseAlphaOAuthTokens } from "./profile-extra-schemas";

// No `server-only`: the worker may refresh tokens too. The client secret comes in as an option.

export type WiseAlphaOAuthOptions = {
  /** e.g. http://127.0.0.1:4010/wisealpha/o or https://sandbox.wisealpha.com/o */
  oauthRoot: string;
  clientId: string;
  clientSecret: string;
  fetch?: FetchLike;
  timeoutMs?: number;
};
export type WiseAlphaOAuthScope = (typeof WA_OAUTH_SCOPES)[number];

const REFUSALS: Record<string, string> = {
  invalid_grant:
    "WiseAlpha did not accept the authorization: the code or refresh token is invalid, expired or already used. Ask the customer to connect again.",
  invalid_client:
    "WiseAlpha did not recognise our OAuth application (client id or secret). Ask an administrator to check the WiseAlpha OAuth settings.",
};

/**
 * OAuth 2.0 authorization code flow for individual accounts (seed 004 "OAuth"): the URL the
 * customer is sent to, the code exchange and the refresh. Token calls are form-encoded and sent
 * once: a code works only once, and a refresh token rotates.
 */
export function createWiseAlphaOAuth(options: WiseAlphaOAuthOptions) {
  const token = async (form: Record<string, string>): Promise<WiseAlphaOAuthTokens> => {
    try {
      return await providerFetch({
        provider: "wisealpha",
        baseUrl: options.oauthRoot,
        method: "POST",
        path: "/token/",
        form: { ...form, client_id: options.clientId, client_secret: options.clientSecret },
        schema: waOAuthTokenSchema,
        fetch: options.fetch,
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      const code = error instanceof ProviderError ? (error.details as { error?: string } | null)?.error : undefined;
      if (!(error instanceof ProviderError) || !code || !REFUSALS[code]) throw error;
      throw new ProviderError({
        provider: error.provider,
        code: error.code,
        status: error.status,
        retryable: false,
        details: error.details,
        cause: error,
        userMessage: REFUSALS[code],
      });
    }
  };
  return {
    /** Seed: "If [scope] is not included, all scopes will be requested." */
    authorizeUrl: (input: { redirectUri: string; state: string; scopes?: WiseAlphaOAuthScope[] }) => {
      const url = new URL(`${options.oauthRoot.replace(/\/$/, "")}/authorize/`);
      url.searchParams.set("response_type", "code");
      url.searchParams.set("client_id", options.clientId);
      url.searchParams.set("redirect_uri", input.redirectUri);
      url.searchParams.set("state", input.state);
      if (input.scopes?.length) url.searchParams.set("scope", input.scopes.join(" "));
      return url.toString();
    },
    exchangeCode: (input: { code: string; redirectUri: string }) =>
      token({ grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri }),
    refresh: (refreshToken: string) => token({ grant_type: "refresh_token", refresh_token: refreshToken }),
  };
}
export type WiseAlphaOAuth = ReturnType<typeof createWiseAlphaOAuth>;
