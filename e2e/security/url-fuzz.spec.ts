import { expect, test, type APIRequestContext } from "@playwright/test";

import { authFile } from "../support/users";
import { fill, HOSTILE, HOSTILE_PER_KEY, PAGES, QUERY_KEYS, ROUTES } from "./app-tree";

/**
 * Issue #20 finding 9 / done-when 2 (URL part): every page and GET route, asked with
 * hostile values in every query key and path segment, answers below 500 and in time.
 * Requests, not navigations: thousands of them, as a signed-in ADMIN (who can open all).
 */
test.use({ storageState: authFile("ADMIN") });

/** A hang is a failure too: no single answer may take longer than this. */
const PER_REQUEST_MS = 20_000;
const CONCURRENCY = 4;
/** Node's default --max-http-header-size: longer URLs never reach the app. */
const MAX_HEADER_BYTES = 16 * 1024;

type Result = { url: string; status: number };

async function probe(request: APIRequestContext, urls: string[]): Promise<Result[]> {
  const results: Result[] = [];
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        try {
          // Streaming exports: read the whole body, so a connection dropped mid-stream fails here.
          const response = await request.get(url, { maxRedirects: 0, timeout: PER_REQUEST_MS });
          await response.body();
          results.push({ url, status: response.status() });
        } catch (error) {
          // Node's HTTP server refuses a request line over its 16 KiB header limit (431) and closes
          // the socket, sometimes while the client still writes: a reset, before the app sees it.
          if (url.length > MAX_HEADER_BYTES && /ECONNRESET|EPIPE|socket hang up/.test(String(error))) {
            results.push({ url, status: 431 });
          } else throw error;
        }
      }
    }),
  );
  return results;
}

function failures(results: Result[]) {
  return results.filter((r) => r.status >= 500).map((r) => `${r.status} ${r.url.slice(0, 160)}`);
}

const GET_ROUTES = ROUTES.filter((r) => !/\/api\/(webhooks|intake|auth)\//.test(r.path));

test("the tree has the pages and routes this covers", () => {
  expect(PAGES.filter((p) => p.readsQuery).length).toBeGreaterThan(10);
  expect(GET_ROUTES.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/audit/export", "/api/events/export", "/api/events/tail"]));
  expect(QUERY_KEYS).toEqual(expect.arrayContaining(["from", "to", "before", "q", "page"]));
});

for (const entry of [...PAGES.filter((p) => !p.dynamic), ...GET_ROUTES.filter((r) => !r.dynamic)]) {
  test(`query string of ${entry.path}: no 5xx, no hang`, async ({ request }) => {
    test.setTimeout(300_000);
    const urls = [
      // Every value in every key at once…
      ...HOSTILE.map((v) => `${entry.path}?${QUERY_KEYS.map((k) => `${k}=${v}`).join("&")}`),
      // …and the worst ones in each key alone, so one key's refusal does not hide another's.
      ...entry.keys.flatMap((k) => HOSTILE_PER_KEY.map((v) => `${entry.path}?${k}=${v}`)),
      // Repeated keys and an export format next to a bad filter.
      `${entry.path}?before=1&before=${"9".repeat(30)}&format=csv&from=0000-01-01`,
    ];
    const results = await probe(request, urls);
    expect(results).toHaveLength(urls.length);
    expect(failures(results)).toEqual([]);
  });
}

for (const entry of [...PAGES.filter((p) => p.dynamic), ...GET_ROUTES.filter((r) => r.dynamic)]) {
  test(`path segments of ${entry.path}: no 5xx, no hang`, async ({ request }) => {
    test.setTimeout(300_000);
    const values = ["%00", "a%00b", "%ED%A0%80", "0", "99999999999999999999", "9999999999999999999", "-1", "x".repeat(5_000), "..", "%2F"];
    const urls = values.map((v) => fill(entry.path, v));
    const results = await probe(request, urls);
    expect(failures(results)).toEqual([]);
  });
}

test("the finding's examples get a clear message, not a generic error", async ({ request }) => {
  const audit = await (await request.get("/audit?actor=a%00b")).text();
  expect(audit).toContain("cannot be searched");
  const events = await (await request.get("/events?from=0000-01-01")).text();
  expect(events).toContain("between 1900 and 2200");
  const customer = await request.get("/orders/customers?id=0", { maxRedirects: 0 });
  expect(customer.status()).toBe(200);
  expect(await customer.text()).toContain("is not a WiseAlpha customer id");
  expect((await request.get("/events/99999999999999999999")).status()).toBe(404);
  expect((await request.get("/events/9999999999999999999")).status()).toBe(404);
  const exported = await request.get("/api/events/export?format=csv&type=%00");
  expect(exported.status()).toBe(400);
  // A path Next.js cannot decode is refused before it reaches a page.
  expect((await request.get("/events/%ED%A0%80")).status()).toBe(400);
  // The longest value that reaches the app (Node refuses longer request lines).
  expect((await request.get(`/audit?actor=${"x".repeat(15_000)}`)).status()).toBe(200);
});
