import type { z } from "zod";

import { ProviderError, type ProviderName } from "./errors";
import { httpError, invalidResponse, MAX_DETAILS_CHARS, parseDetails } from "./http-errors";
import { backoffDelayMs } from "../backoff";

// No `server-only` here: the worker and tests run this outside Next. It reads no env and holds no secrets;
// callers pass credentials in as headers.

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
export type QueryValue = string | number | boolean | null | undefined;
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type ProviderRequest<TSchema extends z.ZodType> = {
  provider: ProviderName;
  baseUrl: string;
  method?: HttpMethod;
  /** Appended to baseUrl as is, so keep the provider's trailing-slash convention. */
  path: string;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  headers?: Record<string, string>;
  /** JSON body. */
  body?: unknown;
  /** application/x-www-form-urlencoded body (OAuth token endpoints). */
  form?: Record<string, string>;
  /** Every 2xx body is parsed with this; a mismatch is an `invalid_response` error. */
  schema: TSchema;
  /** Makes a write safe to repeat, so it may be retried; derive it from our own record id. */
  idempotencyKey?: string;
  /** Header that carries idempotencyKey (Cashlink: X-Idempotency-Key). */
  idempotencyHeader?: string;
  /**
   * One deadline for the whole call: every attempt (reading the body included) and every wait
   * between them. A timeout message says "within <this>", so it must be the time the user waited.
   */
  timeoutMs?: number;
  /** Extra attempts after the first, for requests that are safe to repeat. */
  retries?: number;
  /** Caller cancellation: aborts without retrying and rethrows the abort reason. */
  signal?: AbortSignal;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source, injectable for deterministic tests. */
  random?: () => number;
};

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 5_000;
/** A Retry-After longer than this is not waited for inside a user's request; the error is thrown instead. */
const MAX_RETRY_AFTER_MS = 30_000;

type Attempt<T> = { ok: true; data: T } | { ok: false; error: ProviderError; retryAfterMs?: number };

/**
 * One HTTP call to a provider: one overall deadline (`timeoutMs`) shared by all attempts and
 * the waits between them, retries with exponential backoff and jitter (honouring Retry-After)
 * only when repeating cannot apply a write twice and the wait fits before the deadline, zod
 * parsing of every 2xx body, and every failure mapped to a ProviderError.
 */
export async function providerFetch<TSchema extends z.ZodType>(request: ProviderRequest<TSchema>): Promise<z.output<TSchema>> {
  const method = request.method ?? "GET";
  const sleep = request.sleep ?? defaultSleep;
  const isWrite = method !== "GET" && method !== "HEAD";
  // A write with an idempotency key whose answer is lost may have been applied, but repeating it is harmless.
  const keyedWrite = isWrite && request.idempotencyKey !== undefined;
  // A plain POST/PATCH that failed in flight may have been applied; only reads and keyed writes are repeated.
  const kind: RequestKind = { isWrite, keyedWrite, safeToRepeat: !isWrite || keyedWrite };
  const maxAttempts = kind.safeToRepeat ? 1 + Math.max(0, request.retries ?? DEFAULT_RETRIES) : 1;
  const budgetMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + budgetMs;

  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(request, method, kind, { budgetMs, remainingMs: Math.max(1, deadline - Date.now()) });
    if (outcome.ok) return outcome.data;
    if (!outcome.error.retryable || attempt >= maxAttempts) throw outcome.error;
    const delay = outcome.retryAfterMs ?? backoffMs(attempt, request.random ?? Math.random);
    // A retry that could not even start before the deadline would only make the user wait longer for the same error.
    if (delay > MAX_RETRY_AFTER_MS || Date.now() + delay + MIN_ATTEMPT_MS > deadline) throw outcome.error;
    await sleep(delay);
  }
}

/** A retry is only started with at least this much of the deadline left. */
const MIN_ATTEMPT_MS = 100;

type RequestKind = { isWrite: boolean; keyedWrite: boolean; safeToRepeat: boolean };

async function attemptOnce<TSchema extends z.ZodType>(
  request: ProviderRequest<TSchema>,
  method: HttpMethod,
  { isWrite, keyedWrite, safeToRepeat }: RequestKind,
  { budgetMs, remainingMs }: { budgetMs: number; remainingMs: number },
): Promise<Attempt<z.output<TSchema>>> {
  const { provider } = request;
  const timeout = AbortSignal.timeout(remainingMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;

  // Built outside the try: a malformed request is our bug, not a network failure.
  const url = buildUrl(request.baseUrl, request.path, request.query);
  const init: RequestInit = { method, headers: buildHeaders(request), body: buildBody(request), signal, cache: "no-store" };

  let response: Response;
  let text: string;
  try {
    response = await (request.fetch ?? fetch)(url, init);
    text = await response.text();
  } catch (cause) {
    if (request.signal?.aborted) throw request.signal.reason ?? cause;
    const code = timeout.aborted ? "timeout" : "network";
    const error = new ProviderError({
      provider,
      code,
      status: null,
      retryable: safeToRepeat,
      // The whole call's deadline: that is how long the user waited, whatever attempt this was.
      context: { timeoutMs: budgetMs, outcomeUnknown: !safeToRepeat, keyedWrite },
      cause,
    });
    return { ok: false, error };
  }

  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return {
      ok: false,
      error: httpError(provider, response.status, parseDetails(text), safeToRepeat, keyedWrite),
      retryAfterMs,
    };
  }

  let value: unknown;
  try {
    value = text === "" ? undefined : JSON.parse(text);
  } catch (cause) {
    const details = { body: text.slice(0, MAX_DETAILS_CHARS) };
    return { ok: false, error: invalidResponse(provider, response.status, details, isWrite, cause) };
  }
  const parsed = request.schema.safeParse(value);
  if (!parsed.success) {
    // The provider changed its contract: fail loudly instead of storing half-understood data.
    return { ok: false, error: invalidResponse(provider, response.status, parsed.error.issues, isWrite, parsed.error) };
  }
  return { ok: true, data: parsed.data };
}

function buildUrl(baseUrl: string, path: string, query: ProviderRequest<z.ZodType>["query"]): string {
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query ?? {})) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (value !== undefined && value !== null) params.append(key, String(value));
    }
  }
  const search = params.toString();
  const url = `${baseUrl.replace(/\/+$/, "")}${path}`;
  return search === "" ? url : `${url}${url.includes("?") ? "&" : "?"}${search}`;
}

function buildHeaders(request: ProviderRequest<z.ZodType>): Record<string, string> {
  return {
    Accept: "application/json",
    ...(request.body !== undefined && { "Content-Type": "application/json" }),
    ...(request.form !== undefined && { "Content-Type": "application/x-www-form-urlencoded" }),
    ...(request.idempotencyKey !== undefined && { [request.idempotencyHeader ?? "Idempotency-Key"]: request.idempotencyKey }),
    ...request.headers,
  };
}

function buildBody(request: ProviderRequest<z.ZodType>): string | undefined {
  if (request.body !== undefined && request.form !== undefined) throw new Error("providerFetch: pass either body or form, not both");
  if (request.form !== undefined) return new URLSearchParams(request.form).toString();
  return request.body === undefined ? undefined : JSON.stringify(request.body);
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries from many clients spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return backoffDelayMs(attempt, { baseMs: BACKOFF_BASE_MS, capMs: BACKOFF_CAP_MS, jitter: "equal", random });
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
