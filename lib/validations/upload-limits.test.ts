import { describe, expect, it } from "vitest";

import nextConfig from "@/next.config.js";

import { MAX_DOCUMENT_BYTES } from "./onboarding-documents";

/** Next's own default for the proxy's body buffer (next/dist/server/config-shared.js): 10 MB. */
const NEXT_DEFAULT_PROXY_BODY = 10 * 1024 * 1024;
const MB = 1024 * 1024;
const bytes = (limit: unknown, fallback: number) => (typeof limit === "string" ? Number.parseInt(limit, 10) * MB : fallback);

describe("upload body limits agree (finding 13)", () => {
  it("proxy buffer > server action limit > largest document plus form overhead", () => {
    const experimental = nextConfig.experimental ?? {};
    const action = bytes(experimental.serverActions?.bodySizeLimit, 1 * MB);
    const proxy = bytes((experimental as { proxyClientMaxBodySize?: unknown }).proxyClientMaxBodySize, NEXT_DEFAULT_PROXY_BODY);
    // A 10,485,700-byte file is 10,485,760 - 60: its multipart frame and the other fields push it over 10 MiB.
    const largestRequest = MAX_DOCUMENT_BYTES + 64 * 1024;
    expect(action).toBeGreaterThan(largestRequest);
    // The proxy silently truncates beyond its limit; the action's check must be the one that decides.
    expect(proxy).toBeGreaterThan(action);
  });
});
