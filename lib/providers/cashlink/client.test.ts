import { describe, expect, it, vi } from "vitest";

import { ProviderError } from "../errors";
import type { FetchLike } from "../http";
import { createCashlinkClient } from "./client";

const BASE = "http://cashlink.test/api/external";
const investment = { id: "inv-1", status: "KYC_PENDING", investor_id: "i", campaign_id: "c", units: 5 };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Issues token-1, token-2, … and answers API calls with `api(call)`; records everything. */
function fakeCashlink(api: (call: { url: string; init: RequestInit; token: string | undefined }) => Response) {
  let issued = 0;
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    calls.push({ url, init });
    if (url.endsWith("/oauth/token")) return json(200, { access_token: `token-${++issued}`, token_type: "Bearer", expires_in: 3600 });
    const auth = (init.headers as Record<string, string>).Authorization;
    return api({ url, init, token: auth?.replace("Bearer ", "") });
  });
  return { fetch, calls, tokenRequests: () => calls.filter((c) => c.url.endsWith("/oauth/token")) };
}

const client = (fetch: FetchLike, now?: () => number) =>
  createCashlinkClient({
    baseUrl: BASE,
    clientId: "id",
    clientSecret: "s3cret",
    scopes: ["investments:read", "investments:write"],
    fetch,
    sleep: async () => {},
    now,
  });

describe("createCashlinkClient", () => {
  it("asks for a token once, form-encoded, and reuses it", async () => {
    const cl = fakeCashlink(() => json(200, investment));
    const c = client(cl.fetch);
    await c.getInvestment("inv-1");
    await c.getInvestment("inv-1");
    expect(cl.tokenRequests()).toHaveLength(1);
    expect(cl.tokenRequests()[0]?.init.body).toBe(
      "grant_type=client_credentials&client_id=id&client_secret=s3cret&scope=investments%3Aread+investments%3Awrite",
    );
    expect(cl.calls[1]?.url).toBe(`${BASE}/v2/investments/inv-1/`);
  });

  it("shares one token request between concurrent calls", async () => {
    const cl = fakeCashlink(() => json(200, investment));
    const c = client(cl.fetch);
    await Promise.all([c.getInvestment("a"), c.getInvestment("b"), c.getInvestment("c")]);
    expect(cl.tokenRequests()).toHaveLength(1);
  });

  it("fetches a new token when the cached one is about to expire", async () => {
    let now = 0;
    const cl = fakeCashlink(() => json(200, investment));
    const c = client(cl.fetch, () => now);
    await c.getInvestment("a");
    now = 3_540_000; // 59 min: inside the one-minute refresh margin of a 1 h token
    await c.getInvestment("a");
    expect(cl.tokenRequests()).toHaveLength(2);
  });

  it("refreshes the token once on a 401 and resends the request", async () => {
    const cl = fakeCashlink(({ token }) => (token === "token-1" ? json(401, { detail: "expired" }) : json(200, investment)));
    await expect(client(cl.fetch).getInvestment("inv-1")).resolves.toMatchObject({ id: "inv-1" });
    expect(cl.tokenRequests()).toHaveLength(2);
  });

  it("gives up after the second 401", async () => {
    const cl = fakeCashlink(() => json(401, { detail: "nope" }));
    await expect(client(cl.fetch).getInvestment("inv-1")).rejects.toMatchObject({ code: "unauthorized", status: 401 });
    expect(cl.tokenRequests()).toHaveLength(2);
    expect(cl.calls).toHaveLength(4);
  });

  it("explains refused credentials without echoing the secret", async () => {
    const fetch = vi.fn<FetchLike>(async () => json(401, { error: "invalid_client" }));
    const error = (await client(fetch)
      .getInvestment("x")
      .catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "unauthorized", retryable: false, details: { error: "invalid_client" } });
    expect(error.userMessage).toContain("CASHLINK_CLIENT_SECRET");
    expect(error.userMessage).not.toContain("s3cret");
  });

  it("marks a token endpoint outage as retryable although the token request is a POST", async () => {
    const fetch = vi.fn<FetchLike>(async () => json(503, {}));
    await expect(client(fetch).getInvestment("x")).rejects.toMatchObject({ code: "server_error", retryable: true });
  });

  it("sends the caller's X-Idempotency-Key and retries a keyed create on 503", async () => {
    let attempts = 0;
    const cl = fakeCashlink(() => (++attempts === 1 ? json(503, {}) : json(201, investment)));
    await client(cl.fetch).createInvestmentFromInvitation({
      invitationId: "inv",
      signedAt: new Date("2026-01-02T03:04:05Z"),
      idempotencyKey: "sub-42",
    });
    const posts = cl.calls.filter((c) => c.url.endsWith("/v2/investments/"));
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => (p.init.headers as Record<string, string>)["X-Idempotency-Key"])).toEqual(["sub-42", "sub-42"]);
    expect(JSON.parse(String(posts[0]?.init.body))).toEqual({ invitation_id: "inv", signed_at: "2026-01-02T03:04:05.000Z" });
  });

  it("refuses to create an investment without an idempotency key", async () => {
    const cl = fakeCashlink(() => json(201, investment));
    await expect(
      client(cl.fetch).createInvestmentFromInvitation({ invitationId: "inv", signedAt: "2026-01-02T03:04:05Z", idempotencyKey: " " }),
    ).rejects.toThrow(/X-Idempotency-Key/);
    expect(cl.calls).toHaveLength(0);
  });

  it("gives each unkeyed write one key that its retries reuse", async () => {
    let attempts = 0;
    const invitation = { id: "x", investor_id: "i", campaign_id: "c", units: 1 };
    const cl = fakeCashlink(() => (++attempts === 1 ? json(502, {}) : json(200, invitation)));
    await client(cl.fetch).waiveSurvey("x", "NO_ANSWERS");
    const keys = cl.calls
      .filter((c) => c.init.method === "PATCH")
      .map((c) => (c.init.headers as Record<string, string>)["X-Idempotency-Key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("walks every page of investments by page number", async () => {
    const cl = fakeCashlink(({ url }) => {
      const page = Number(new URL(url).searchParams.get("page"));
      return json(200, {
        count: 3,
        next: page < 2 ? "http://elsewhere/?page=2" : null,
        previous: null,
        results: page === 1 ? [investment, investment] : [investment],
      });
    });
    const seen = [];
    for await (const item of client(cl.fetch).iterateInvestments({ status: "PAID" })) seen.push(item);
    expect(seen).toHaveLength(3);
    expect(cl.calls.filter((c) => c.url.includes("/v2/investments/")).map((c) => c.url)).toEqual([
      `${BASE}/v2/investments/?status=PAID&page=1&page_size=100`,
      `${BASE}/v2/investments/?status=PAID&page=2&page_size=100`,
    ]);
  });

  it("keeps an undocumented status instead of failing the response", async () => {
    const cl = fakeCashlink(() => json(200, { ...investment, status: "ON_HOLD" }));
    await expect(client(cl.fetch).getInvestment("inv-1")).resolves.toMatchObject({ status: "ON_HOLD" });
  });

  it("refuses a money amount sent as a number", async () => {
    const cl = fakeCashlink(() => json(200, { ...investment, amount: { amount: 1100.5, decimals: 3, currency: "EUR" } }));
    await expect(client(cl.fetch).getInvestment("inv-1")).rejects.toMatchObject({ code: "invalid_response" });
  });
});
