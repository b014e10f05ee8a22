import { providerFetch, type FetchLike } from "../http";
import { isProviderError } from "../errors";
import { tokenResponseSchema } from "./schemas";

type Token = { accessToken: string; refreshToken: string; expiresAt: number };

export type TokenCacheOptions = {
  baseUrl: string;
  username: string;
  password: string;
  fetch: FetchLike;
  timeoutMs?: number;
  now?: () => number;
};

/**
 * InvestSuite bearer tokens (provider-apis.md §1.2): `POST /auth/login/` with the key pair
 * (or username/password in the same two fields), `POST /auth/refresh-token/` before expiry.
 * One in-flight login/refresh is shared, so a burst of requests does not log in N times.
 */
export function createTokenCache(options: TokenCacheOptions) {
  const now = options.now ?? Date.now;
  let token: Token | null = null;
  let pending: Promise<Token> | null = null;

  const request = async (path: string, body: unknown): Promise<Token> => {
    const issuedAt = now();
    const response = await providerFetch({
      provider: "investsuite",
      baseUrl: options.baseUrl,
      method: "POST",
      path,
      body,
      schema: tokenResponseSchema,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
    });
    const ttlMs = response.expires_in * 1000;
    // Renew a little early: a token that expires in flight gives a 401 we would have to repeat.
    const margin = Math.min(30_000, ttlMs * 0.1);
    return { accessToken: response.access_token, refreshToken: response.refresh_token, expiresAt: issuedAt + ttlMs - margin };
  };

  const login = () => request("/auth/login/", { access_key_id: options.username, secret_access_key: options.password });

  const renew = async (): Promise<Token> => {
    if (!token) return login();
    try {
      return await request("/auth/refresh-token/", { refresh_token: token.refreshToken });
    } catch (error) {
      // An expired or revoked refresh token is not fatal: the credentials can still log in.
      if (isProviderError(error) && error.status === 401) return login();
      throw error;
    }
  };

  const shared = (make: () => Promise<Token>) => {
    pending ??= make()
      .then((fresh) => (token = fresh))
      .finally(() => (pending = null));
    return pending;
  };

  return {
    /** A valid access token: cached, refreshed when close to expiry, or a fresh login. */
    async accessToken(): Promise<string> {
      if (pending) return (await pending).accessToken;
      if (token && token.expiresAt > now()) return token.accessToken;
      return (await shared(renew)).accessToken;
    },
    /** After a 401 on a token we thought valid (revoked, clock skew): renew once, whatever the cache says. */
    async renewAfterRejection(rejected: string): Promise<string> {
      if (pending) return (await pending).accessToken;
      // Another request may already have renewed it.
      if (token && token.accessToken !== rejected) return token.accessToken;
      return (await shared(renew)).accessToken;
    },
  };
}
