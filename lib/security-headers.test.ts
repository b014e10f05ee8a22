import { describe, expect, it } from "vitest";

import nextConfig from "@/next.config.js";

import {
  acceptRequestId,
  contentSecurityPolicy,
  createNonce,
  REQUEST_ID_PATTERN,
  servedOverHttps,
  trustedProxyHops,
} from "./security-headers";

const headers = (values: Record<string, string>) => new Headers(values);

describe("security headers (finding 11)", () => {
  it("a CSP whose script-src carries a fresh nonce Next.js can read, and refuses framing", () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const csp = contentSecurityPolicy(a, { dev: false, https: false });
    // The same extraction Next.js uses for its own scripts.
    const scriptSrc = csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy(a, { dev: true, https: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests$/);
  });

  it("HSTS only over https: the URL, or the trusted proxy's X-Forwarded-Proto", () => {
    const http = new URL("http://app.example/x");
    expect(servedOverHttps(headers({}), new URL("https://app.example/x"), 0)).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), http, 1)).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "http" }), http, 1)).toBe(false);
    // Without a trusted proxy the header is the client's word.
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), http, 0)).toBe(false);
    // The client's own entry on the left does not count.
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https, http" }), http, 1)).toBe(false);
    expect(trustedProxyHops(undefined)).toBe(1);
    expect(trustedProxyHops("0")).toBe(0);
    expect(trustedProxyHops("junk")).toBe(1);
  });

  it("the fixed headers apply to every path, including the routes the proxy skips", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe("/:path*");
    const set = Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(set).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(set["permissions-policy"]).toContain("camera=()");
  });
});

describe("request id (finding 8, header part)", () => {
  it("keeps a well-formed id from the load balancer", () => {
    expect(acceptRequestId("1-67891233-abc:def.0_1")).toBe("1-67891233-abc:def.0_1");
    expect(acceptRequestId("0b7c9a52-5d1e-4c2e-9f0e-2a3b4c5d6e7f")).toBe("0b7c9a52-5d1e-4c2e-9f0e-2a3b4c5d6e7f");
  });

  it("replaces a 5,007-character, injected or missing id with a fresh UUID", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const bad of ["x".repeat(5_007), "a".repeat(129), "", "id\r\nSet-Cookie: x=1", "id with spaces", "<script>", "\u0000", null]) {
      const id = acceptRequestId(bad);
      expect(id).toMatch(uuid);
      expect(REQUEST_ID_PATTERN.test(id)).toBe(true);
    }
    expect(acceptRequestId("a".repeat(128))).toBe("a".repeat(128));
  });
});
