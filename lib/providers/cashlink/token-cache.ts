/** Used when the token response has no expires_in: short, so a wrong guess costs one extra 401 at most. */
const DEFAULT_LIFETIME_S = 300;
/** Refresh this long before expiry, so a token never expires between our check and Cashlink's. */
const MAX_REFRESH_MARGIN_MS = 60_000;

export type IssuedToken = { accessToken: string; expiresInSeconds?: number };

export type TokenCache = {
  /** A token that is valid for a while yet; fetches one when none is cached or it is about to expire. */
  get(): Promise<string>;
  /** Drops `token` after a 401, unless a newer one already replaced it. */
  invalidate(token: string): void;
};

/**
 * Client-credentials tokens cached in memory until shortly before expiry. Concurrent
 * callers share one in-flight token request instead of each asking for a token.
 */
export function createTokenCache(issue: () => Promise<IssuedToken>, now: () => number = Date.now): TokenCache {
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function refresh(): Promise<string> {
    const issuedAt = now();
    const { accessToken, expiresInSeconds = DEFAULT_LIFETIME_S } = await issue();
    const lifetimeMs = expiresInSeconds * 1000;
    // 10 % of the lifetime, at most a minute: a 1 s test token is still usable for 0.9 s.
    cached = { token: accessToken, refreshAt: issuedAt + lifetimeMs - Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs * 0.1) };
    return accessToken;
  }

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= refresh().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
