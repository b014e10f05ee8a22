/**
 * Response headers against clickjacking, script injection and leaks (issue #20, finding 11).
 * proxy.ts sets the per-request parts (CSP with its nonce, HSTS over https, the request id);
 * next.config.js `headers()` sets the fixed ones on every path, including the routes the
 * proxy skips (event intake, static files). No "server-only" or env import here: the proxy
 * and unit tests load this file directly.
 */

/** A fresh, unguessable nonce per request: 16 random bytes, base64 (what CSP and Next accept). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts: only those carrying this request's nonce ('strict-dynamic' lets them load Next's
 * chunks). Next.js reads the nonce from the request's CSP header and puts it on its own
 * scripts (next/dist/server/app-render/get-script-nonce-from-header.js), so the proxy sets
 * the policy on the request too. Styles allow inline: React's style attributes (charts,
 * progress bars) and sonner's injected stylesheet need it, and inline styles cannot run code.
 * Dev mode needs eval for React's stack reconstruction; production does not get it.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Whether the browser reached us over https: the URL itself, or X-Forwarded-Proto as set by
 * our own load balancer (the entry `trustedHops` from the right, like X-Forwarded-For in
 * lib/client-ip.ts). With no trusted proxy the header is the client's word and is ignored.
 */
export function servedOverHttps(h: { get(name: string): string | null }, url: URL, trustedHops: number): boolean {
  if (url.protocol === "https:") return true;
  if (trustedHops < 1) return false;
  const hops = (h.get("x-forwarded-proto") ?? "")
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedHops)] === "https";
}

/** TRUSTED_PROXY_HOPS as lib/env.ts parses it (validated there at start); the proxy cannot import env. */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = value === undefined || value === "" ? 1 : Number(value);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 1;
}

/**
 * A request id from a client or load balancer is kept only when it looks like one; anything
 * else (5,007 characters, control bytes, header injection) is replaced, because it is logged
 * and stored in every audit entry of the request.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export function acceptRequestId(value: string | null): string {
  return value !== null && REQUEST_ID_PATTERN.test(value) ? value : crypto.randomUUID();
}

/** Longest user-agent we pass on (sessions store it): real ones are ~100-300 characters. */
export const MAX_USER_AGENT = 512;
