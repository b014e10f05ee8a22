import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildApp } from "../test-helpers";
import { extractSeedEndpoints, normalizePath, SEED_ENDPOINTS } from "./seed-endpoints";

const HERE = path.dirname(new URL(import.meta.url).pathname);
/** The seed lives beside the repository (../shared/seeds); the list below is its extract, checked in. */
const SEED = path.resolve(HERE, "../../../../shared/seeds/004_ca74aa1e69c1024c.txt");

/** Seed paths the sandbox does not serve as written, one reason each. */
const SANDBOX_EXCLUSIONS: Record<string, string> = {
  "GET /v1/api_endpoint_here/": "the seed's authentication placeholder, not an endpoint",
  "GET /v1/customers/investment-accounts/{}/{}/buy-orders/":
    "typo in the seed's Python example (ids swapped, customer missing); the curl beside it is served",
  "POST /v1/customers/{}/sell-orders/investment-accounts/{}/sell-orders/{}/action/":
    "typo in the seed's curl (sell-orders twice); the Python example beside it is served",
  "POST /v1/{}/upload_questionnaire_results/":
    "typo in the seed's example (no /customers/); /customers/{}/upload_questionnaire_results/ is served",
  "POST /v1/customers/investor_types/": "the heading says POST, every example GETs it; GET is served",
  "POST /v1/customers/{}/": "the update heading says POST, its examples PUT and PATCH; both are served",
};

describe("every WiseAlpha endpoint in seed 004 is served by the sandbox (#16)", () => {
  it.skipIf(!existsSync(SEED))("the checked-in list is exactly what the seed names", () => {
    expect(extractSeedEndpoints(readFileSync(SEED, "utf8"))).toEqual(SEED_ENDPOINTS);
  });

  it("every exclusion names a seed endpoint", () => {
    for (const excluded of Object.keys(SANDBOX_EXCLUSIONS)) expect(SEED_ENDPOINTS).toContain(excluded);
  });

  let h: Awaited<ReturnType<typeof buildApp>>;
  const patterns = new Set<string>();
  beforeAll(async () => {
    h = await buildApp();
    // Route patterns as Fastify registered them, e.g. /wisealpha/v1/customers/:customer_id/ → /v1/customers/{}/.
    const probe = Fastify();
    probe.addHook("onRoute", (route) => {
      patterns.add(
        normalizePath(
          route.url
            .replace(/^\/wisealpha/, "")
            .replace(/:\w+/g, "{}")
            .replace(/\*/g, "{}"),
        ),
      );
    });
    await h.sandbox.register(probe);
    await probe.ready();
    await probe.close();
  });
  afterAll(() => h?.close());

  it.each(SEED_ENDPOINTS.filter((e) => !SANDBOX_EXCLUSIONS[e]))("%s", async (endpoint) => {
    const [method, template] = endpoint.split(" ") as [string, string];
    // A route segment like upload_{} (upload_:document_type) serves upload_photo_id.
    const served = [...patterns].some((p) =>
      new RegExp(`^${p.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\\?\}/g, "[^/]+")}$`).test(template),
    );
    expect(served, `no route for ${template}`).toBe(true);
    // Unknown ids: the answer may be 4xx, but never "method not allowed" or "not built".
    const url = `/wisealpha${template.replace(/\{\}/g, "X1")}`;
    const methods = method === "*" ? ["GET", "POST"] : [method];
    const statuses = await Promise.all(
      methods.map(
        async (m) => (await h.app.inject({ method: m as "GET", url, headers: { authorization: "Token test-super-key" } })).statusCode,
      ),
    );
    expect(
      statuses.some((s) => s !== 405 && s !== 501),
      `${endpoint} answered ${statuses.join(", ")}`,
    ).toBe(true);
  });
});
