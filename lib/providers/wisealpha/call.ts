import type { z } from "zod";

import { ProviderError, withUserMessage } from "../errors";
import { providerFetch, type FetchLike, type ProviderRequest } from "../http";
import { paginate } from "../pagination";

// No `server-only`: the worker uses this client outside Next. It reads no env; the key comes in as an option.

export type WiseAlphaClientOptions = {
  /** The API root, e.g. http://127.0.0.1:4010/wisealpha/v1 or https://api-sandbox.wisealpha.com/v1 */
  baseUrl: string;
  /** A super-account API key, sent as `Authorization: Token <key>`. */
  apiKey: string;
  /** An individual account's OAuth access token (oauth.ts): sent as `Bearer` instead of the key. */
  accessToken?: string;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  retries?: number;
};

export type CallRequest<S extends z.ZodType> = Omit<
  ProviderRequest<S>,
  "provider" | "baseUrl" | "sleep" | "idempotencyKey" | "idempotencyHeader"
> & {
  /** User messages for refusals this operation expects (e.g. 422 on a withdrawal), keyed by HTTP status. */
  refusals?: Partial<Record<number, string>>;
};
export type Call = <S extends z.ZodType>(request: CallRequest<S>) => Promise<z.output<S>>;

/**
 * WiseAlpha keys are static (no login, no expiry), so a 401 is a wrong or revoked key:
 * there is nothing to refresh and repeating the call cannot help.
 */
const UNAUTHORIZED =
  "WiseAlpha refused our API key (HTTP 401): it is wrong or has been revoked. WiseAlpha keys do not expire, so trying again will not help; ask an administrator to check WISEALPHA_API_KEY.";

export function createCall(options: WiseAlphaClientOptions): Call {
  const authorization = options.accessToken ? `Bearer ${options.accessToken}` : `Token ${options.apiKey}`;
  const unauthorized = options.accessToken ? TOKEN_EXPIRED : UNAUTHORIZED;
  return async (request) => {
    const { refusals, ...rest } = request;
    try {
      // Never passes an idempotency key: WiseAlpha documents none, and providerFetch would then repeat
      // POSTs. So only GETs are retried; a write is sent once and its failure reported.
      return await providerFetch({
        provider: "wisealpha",
        baseUrl: options.baseUrl,
        fetch: options.fetch,
        sleep: options.sleep,
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        ...rest,
        headers: { ...rest.headers, Authorization: authorization },
      });
    } catch (error) {
      throw rephrase(error, refusals, unauthorized);
    }
  };
}

const TOKEN_EXPIRED =
  "WiseAlpha refused the customer's OAuth access token (HTTP 401): it has expired or was revoked. Refresh it with the refresh token, or ask the customer to connect again.";

function rephrase(error: unknown, refusals: CallRequest<z.ZodType>["refusals"], unauthorized = UNAUTHORIZED): unknown {
  if (!(error instanceof ProviderError) || error.status === null) return error;
  const userMessage = error.code === "unauthorized" ? unauthorized : refusals?.[error.status];
  if (userMessage === undefined) return error;
  return withUserMessage(error, userMessage);
}

/** A fetch that records the HTTP status, for the one call where 200 and 202 mean different things. */
export function statusRecorder(base: FetchLike | undefined) {
  const seen: { status: number | null } = { status: null };
  const fetchWithStatus: FetchLike = async (url, init) => {
    const response = await (base ?? fetch)(url, init);
    seen.status = response.status;
    return response;
  };
  return { fetch: fetchWithStatus, seen };
}

/**
 * providerFetch serialises JSON and form bodies only; an upload is raw bytes. This fetch swaps
 * the bytes in, so timeouts, error mapping and response parsing stay the shared ones.
 */
export function rawBodyFetch(base: FetchLike | undefined, body: BodyInit): FetchLike {
  return (url, init) => (base ?? fetch)(url, { ...init, body });
}

/** Pages of 100 by offset. Offsets rather than `next`: that URL is absolute and carries whatever host WiseAlpha saw. */
export function offsetPages<T>(
  fetchPage: (page: { offset: number; limit: number }) => Promise<{ next: string | null; results: T[] }>,
  start = 0,
) {
  const limit = 100;
  return paginate(start, async (offset: number) => {
    const page = await fetchPage({ offset, limit });
    return { items: page.results, next: page.next === null || page.results.length === 0 ? null : offset + page.results.length };
  });
}

export type PageOptions = { offset?: number; limit?: number };

/** One path segment, escaped; ':' stays readable (document types are bank_statement:GBP). */
export function seg(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":");
}
