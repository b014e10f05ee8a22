import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { providerRejection as failure } from "./test-rejection";
import { backoffMs, parseRetryAfter, providerFetch, type FetchLike, type ProviderRequest } from "./http";

type Step = Response | Error | "hang";

/** A fetch that plays `steps` in order and records each call; "hang" waits for the abort signal. */
function fakeFetch(...steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    calls.push({ url, init });
    const step = steps.shift() ?? new Error("fakeFetch: no more steps");
    if (step === "hang") {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    }
    if (step instanceof Error) throw step;
    return step;
  });
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const itemSchema = z.object({ id: z.string(), amount: z.string() });

function request(overrides: Partial<ProviderRequest<typeof itemSchema>> & { fetch: FetchLike }) {
  const sleep = vi.fn(async (_ms: number) => {});
  const promise = providerFetch({
    provider: "cashlink",
    baseUrl: "https://api.example.test/base/",
    path: "/v2/items/1/",
    schema: itemSchema,
    sleep,
    random: () => 0.5,
    ...overrides,
  });
  return { promise, sleep };
}

describe("providerFetch", () => {
  it("builds the URL, sends JSON with the idempotency header and parses the answer", async () => {
    const { fetch, calls } = fakeFetch(json(201, { id: "1", amount: "10.50", extra: true }));
    const { promise } = request({
      fetch,
      method: "POST",
      query: { page: 2, tags: ["a", "b"], skip: undefined },
      body: { units: 3 },
      idempotencyKey: "our-record-1",
      idempotencyHeader: "X-Idempotency-Key",
    });
    await expect(promise).resolves.toEqual({ id: "1", amount: "10.50" });
    expect(calls[0]?.url).toBe("https://api.example.test/base/v2/items/1/?page=2&tags=a&tags=b");
    expect(calls[0]?.init.headers).toMatchObject({ "Content-Type": "application/json", "X-Idempotency-Key": "our-record-1" });
    expect(calls[0]?.init.body).toBe('{"units":3}');
  });

  it("form-encodes `form` bodies", async () => {
    const { fetch, calls } = fakeFetch(json(200, { id: "t", amount: "0" }));
    await request({ fetch, method: "POST", form: { grant_type: "client_credentials", scope: "a b" } }).promise;
    expect(calls[0]?.init.headers).toMatchObject({ "Content-Type": "application/x-www-form-urlencoded" });
    expect(calls[0]?.init.body).toBe("grant_type=client_credentials&scope=a+b");
  });

  it("retries a GET on 503 with growing, jittered backoff and then succeeds", async () => {
    const { fetch } = fakeFetch(json(503, { detail: "down" }), json(502, {}), json(200, { id: "1", amount: "1" }));
    const { promise, sleep } = request({ fetch, retries: 2 });
    await expect(promise).resolves.toEqual({ id: "1", amount: "1" });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([backoffMs(1, () => 0.5), backoffMs(2, () => 0.5)]);
    expect(sleep.mock.calls[1]![0]).toBeGreaterThan(sleep.mock.calls[0]![0]);
  });

  it("gives up after `retries` with a retryable server_error", async () => {
    const { fetch } = fakeFetch(json(503, { detail: "down" }), json(503, { detail: "down" }));
    const error = await failure(request({ fetch, retries: 1 }).promise);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(error).toMatchObject({ provider: "cashlink", code: "server_error", status: 503, retryable: true, details: { detail: "down" } });
    expect(error.userMessage).toBe(
      "Cashlink reported an internal error (HTTP 503). Nothing was changed on our side; try again in a few minutes.",
    );
  });

  it("never retries a plain POST, and says its outcome is unknown", async () => {
    const { fetch } = fakeFetch(json(503, {}), json(200, { id: "1", amount: "1" }));
    const { promise, sleep } = request({ fetch, method: "POST", body: {} });
    const error = await failure(promise);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
    expect(error).toMatchObject({ code: "server_error", retryable: false });
    expect(error.userMessage).toContain("may or may not have been applied at Cashlink");
  });

  it("retries a POST that carries an idempotency key", async () => {
    const { fetch } = fakeFetch(new TypeError("fetch failed"), json(201, { id: "1", amount: "1" }));
    await expect(request({ fetch, method: "POST", body: {}, idempotencyKey: "k" }).promise).resolves.toMatchObject({ id: "1" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("says a keyed write that got no answer may have been applied, and that trying again is safe", async () => {
    const { fetch } = fakeFetch(json(503, {}), new TypeError("fetch failed"), "hang");
    const serverError = await failure(request({ fetch, method: "POST", body: {}, idempotencyKey: "k", retries: 0 }).promise);
    expect(serverError.userMessage).toBe(
      "Cashlink reported an internal error (HTTP 503). It may already have been applied at Cashlink; trying again is safe, because Cashlink applies a repeated request only once.",
    );
    const network = await failure(request({ fetch, method: "POST", body: {}, idempotencyKey: "k", retries: 0 }).promise);
    expect(network.userMessage).toContain("could not be reached (network error). It may already have been applied at Cashlink");
    const timeout = await failure(request({ fetch, method: "PATCH", body: {}, idempotencyKey: "k", retries: 0, timeoutMs: 20 }).promise);
    expect(timeout.userMessage).toBe(
      "Cashlink did not answer within 20 ms. It may already have been applied at Cashlink; trying again is safe, because Cashlink applies a repeated request only once.",
    );
  });

  it("waits as long as Retry-After says on 429", async () => {
    const { fetch } = fakeFetch(json(429, {}, { "retry-after": "3" }), json(200, { id: "1", amount: "1" }));
    const { promise, sleep } = request({ fetch });
    await promise;
    expect(sleep).toHaveBeenCalledWith(3000);
  });

  it("does not wait for a Retry-After beyond the cap", async () => {
    const { fetch } = fakeFetch(json(429, {}, { "retry-after": "120" }));
    const { promise, sleep } = request({ fetch });
    const error = await failure(promise);
    expect(error).toMatchObject({ code: "rate_limited", status: 429, retryable: true });
    expect(sleep).not.toHaveBeenCalled();
  });

  it("turns a hanging request into a timeout error after timeoutMs, the whole call's deadline (no retry past it)", async () => {
    const { fetch } = fakeFetch("hang", "hang");
    const error = await failure(request({ fetch, timeoutMs: 20, retries: 1 }).promise);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ code: "timeout", status: null, retryable: true });
    expect(error.userMessage).toBe("Cashlink did not answer within 20 ms. Nothing was changed on our side; try again.");
  });

  it("a 503 then a hang still ends at the one deadline, and the message names it", async () => {
    const { fetch } = fakeFetch(json(503, {}), "hang", "hang");
    const started = Date.now();
    const error = await failure(
      request({ fetch, timeoutMs: 300, retries: 2, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }).promise,
    );
    const elapsed = Date.now() - started;
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(elapsed).toBeLessThan(450);
    expect(error.userMessage).toBe("Cashlink did not answer within 300 ms. Nothing was changed on our side; try again.");
  });

  it("maps a network failure to a retryable network error", async () => {
    const { fetch } = fakeFetch(new TypeError("fetch failed"));
    const error = await failure(request({ fetch, retries: 0 }).promise);
    expect(error).toMatchObject({ code: "network", status: null, retryable: true });
    expect(error.userMessage).toContain("Cashlink could not be reached");
  });

  it("rejects a 2xx that does not match the schema as invalid_response, without retrying", async () => {
    const { fetch } = fakeFetch(json(200, { id: "1", amount: 10.5 }));
    const error = await failure(request({ fetch }).promise);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ code: "invalid_response", status: 200, retryable: false });
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: ["amount"] })]));
    expect(error.userMessage).toContain("sent an answer we could not read");
  });

  it("rejects a 2xx that is not JSON as invalid_response", async () => {
    const { fetch } = fakeFetch(new Response("<html>proxy</html>", { status: 200 }));
    expect(await failure(request({ fetch }).promise)).toMatchObject({ code: "invalid_response", details: { body: "<html>proxy</html>" } });
  });

  it.each([
    [400, "validation"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not_found"],
    [409, "conflict"],
    [415, "bad_request"],
    [422, "validation"],
  ] as const)("maps HTTP %i to %s, not retryable, body kept in details", async (status, code) => {
    const { fetch } = fakeFetch(json(status, { detail: "nope" }));
    const error = await failure(request({ fetch }).promise);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ provider: "cashlink", code, status, retryable: false, details: { detail: "nope" } });
    expect(error.userMessage).toMatch(/^Cashlink /);
    expect(error.userMessage).not.toContain("nope");
  });

  it("lists DRF field names, not their messages, in a validation message", async () => {
    const { fetch } = fakeFetch(json(400, { survey_waiver: ["Max Mustermann must sign"], detail: "x" }));
    const error = await failure(request({ fetch, method: "POST", body: {} }).promise);
    expect(error.userMessage).toBe("Cashlink rejected the data as invalid or incomplete (check: survey_waiver). Correct it and try again.");
  });

  it("keeps a non-JSON error body as text", async () => {
    const { fetch } = fakeFetch(new Response("Bad Gateway", { status: 502 }));
    expect(await failure(request({ fetch, retries: 0 }).promise)).toMatchObject({ code: "server_error", details: "Bad Gateway" });
  });

  it("throws a plain error, not a ProviderError, for a request that is malformed on our side", async () => {
    const { fetch } = fakeFetch();
    await expect(request({ fetch, method: "POST", body: {}, form: {} }).promise).rejects.toThrow(/either body or form/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("rethrows a caller abort without retrying or wrapping it", async () => {
    const { fetch } = fakeFetch("hang");
    const controller = new AbortController();
    const { promise, sleep } = request({ fetch, signal: controller.signal });
    controller.abort(new Error("user left"));
    await expect(promise).rejects.toThrow("user left");
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("7")).toBe(7000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("2015-10-21T07:28:00Z"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("doubles per attempt, stays within [step/2, step] and is capped", () => {
    expect(backoffMs(1, () => 0)).toBe(125);
    expect(backoffMs(1, () => 1)).toBe(250);
    expect(backoffMs(3, () => 0)).toBe(500);
    expect(backoffMs(20, () => 1)).toBe(5000);
  });
});
