import { isIP } from "node:net";

/** The longest textual IPv6 address (with an embedded IPv4 tail) is 45 characters. */
const MAX_IP_LENGTH = 45;

/**
 * The caller's IP for rate limiting and audit. X-Forwarded-For is a list each proxy
 * appends its peer to, so only the entries added by our own proxies can be trusted:
 * with `trustedHops` proxies in front of the app, the client is the `trustedHops`-th
 * address from the right. The leftmost entry is whatever the client chose to send, so
 * reading it would let anyone rotate addresses past the per-IP sign-in limit.
 * With 0 hops (the app faces clients directly) Next.js fills the header from the
 * socket only when the client sent none, so it cannot be trusted and we return null.
 *
 * The chosen entry must be an IP address (net.isIP): a request that bypassed our proxy
 * can put anything there (9,000 characters made the sign-in failure insert throw, so
 * nothing was counted). Anything else is unknown (null) and never stored raw.
 */
export function clientIp(h: { get(name: string): string | null }, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const hops = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  // Fewer entries than trusted proxies: the request bypassed one of them; take the leftmost we have.
  const candidate = hops[Math.max(0, hops.length - trustedHops)] ?? null;
  return candidate !== null && isValidIp(candidate) ? candidate : null;
}

export function isValidIp(value: string): boolean {
  return value.length <= MAX_IP_LENGTH && isIP(value) !== 0;
}
