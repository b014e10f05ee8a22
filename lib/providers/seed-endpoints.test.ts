import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import Fastify, { type FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";

import { createSandbox as createCashlinkSandbox } from "@/sandbox/cashlink/sandbox";
import { startCashlink } from "@/sandbox/cashlink/test-helpers";
import { startTestSandbox } from "@/sandbox/investsuite/test-support";
import { forSuite } from "@/scripts/test-support/for-suite";

import { createCashlinkClient, type CashlinkClient } from "./cashlink/client";
import type { FetchLike } from "./http";
import { createInvestSuiteClient, type InvestSuiteClient } from "./investsuite/client";
import { endpointTemplate, extractSeedEndpoints, SEED_ENDPOINT_LIST, type SeedProvider } from "./seed-endpoints";

/**
 * Issue #17, Done-when 1: every endpoint seeds 000–003 name is served by our sandbox AND called by
 * the typed client, or is listed below with its reason. Stale exclusions fail too, so a line goes
 * as soon as the endpoint is built (the merger of the InvestSuite lifecycle work removes its lines).
 */

const SEEDS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../shared/seeds");
const seedFiles = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => /^00[0-3]_.*\.txt$/.test(f)) : [];
const READ_FROM_SEEDS = extractSeedEndpoints(
  seedFiles.map((f) => ({ number: f.slice(0, 3), text: readFileSync(path.join(SEEDS_DIR, f), "utf8") })),
);
// The checked-in list (the seeds may not be beside a CI checkout); the first test ties it to the seeds.
const SEED_ENDPOINTS = SEED_ENDPOINT_LIST;
const key = (provider: SeedProvider, endpoint: string) => `${provider} ${endpoint}`;

/** Seed endpoints our sandbox does not serve, one reason each. */
const SANDBOX_EXCLUSIONS: Record<string, string> = {
  "investsuite GET /events/":
    "seed 000 marks polling GET /events/ 'Under development'; InvestSuite events reach us by HTTP push, AMQP or MQTT",
  "investsuite POST /events/":
    "seed 000's overview names the events endpoint generically; its only request examples are POST /events/deposit/ and /events/withdraw/, both served",
  "investsuite GET /suitability-profiler/profiles/{}/":
    "seed 000 shows it only as a middleware's way to find a profile's portfolios; no back-office feature reads suitability profiles yet",
  "investsuite GET /instrument_groups/":
    "seed 001 names it only as an example of an entity root; no back-office feature uses instrument groups",
};

/** Seed endpoints the typed clients do not call, one reason each. */
const CLIENT_EXCLUSIONS: Record<string, string> = {
  "investsuite GET /events/": SANDBOX_EXCLUSIONS["investsuite GET /events/"]!,
  "investsuite POST /events/": SANDBOX_EXCLUSIONS["investsuite POST /events/"]!,
  "investsuite GET /suitability-profiler/profiles/{}/": SANDBOX_EXCLUSIONS["investsuite GET /suitability-profiler/profiles/{}/"]!,
  "investsuite GET /instrument_groups/": SANDBOX_EXCLUSIONS["investsuite GET /instrument_groups/"]!,
};

/** `newCashlink` has no token yet, so its first call shows the token request. */
type Clients = { investsuite: InvestSuiteClient; cashlink: CashlinkClient; newCashlink: () => CashlinkClient };
const ID = "P01F8ZSNV0J45R9DFZ3D7D8C26F";
const CL_ID = "00000000-0000-4000-8000-000000000000";

/** How the typed client reaches each endpoint. Ids are made up: only the request it sends matters. */
const CLIENT_CALLS: Record<string, (c: Clients) => Promise<unknown>> = {
  "investsuite GET /portfolios/": (c) => c.investsuite.listPortfolios({ limit: 1 }),
  "investsuite GET /portfolios/{}/": (c) => c.investsuite.getPortfolio(ID),
  "investsuite PATCH /portfolios/{}/": (c) => c.investsuite.patchPortfolio(ID, { name: "coverage" }),
  "investsuite POST /portfolios/": (c) =>
    c.investsuite.createPortfolio({
      name: "coverage",
      owned_by_user_id: "U01F8ZSNV0J45R9DFZ3D7D8C26F",
      base_currency: "EUR",
      money_type: "PAPER_MONEY",
      config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: {} },
    }),
  "investsuite DELETE /portfolios/{}/": (c) => c.investsuite.deletePortfolio(ID),
  "investsuite GET /users/": (c) => c.investsuite.listUsers({ limit: 1 }),
  "investsuite POST /events/deposit/": (c) => c.investsuite.postDepositEvent({ portfolioId: ID, amount: "1", currency: "EUR" }, "cov-dep"),
  "investsuite POST /events/withdraw/": (c) => c.investsuite.postWithdrawEvent({ portfolioId: ID, amount: "1", currency: "EUR" }, "cov-wd"),
  "cashlink POST /oauth/token/": (c) => c.newCashlink().getCampaign(CL_ID),
  "cashlink POST /v2/invitations/": (c) => c.cashlink.createInvitation({ investorId: CL_ID, campaignId: CL_ID, units: 1 }),
  "cashlink PATCH /v2/invitations/{}/": (c) => c.cashlink.waiveSurvey(CL_ID, "NO_ANSWERS", { idempotencyKey: "cov-waiver" }),
  "cashlink POST /v2/investments/": (c) =>
    c.cashlink.createInvestmentFromInvitation({ invitationId: CL_ID, signedAt: new Date(), idempotencyKey: "cov-investment" }),
  "cashlink GET /v2/investors/{}/wallets/": (c) => c.cashlink.listWallets(CL_ID),
  "cashlink PATCH /v2/investments/{}/": (c) => c.cashlink.markInvestmentPaid(CL_ID, new Date(), { idempotencyKey: "cov-paid" }),
  "cashlink GET /v2/investments/{}/": (c) => c.cashlink.getInvestment(CL_ID),
};

/** A fetch that answers from the in-process sandboxes (app.inject) and records every request. */
function injectFetch(apps: Record<string, FastifyInstance>, log: string[]): FetchLike {
  return async (url, init) => {
    const { pathname, search } = new URL(url);
    const app = Object.entries(apps).find(([prefix]) => pathname.startsWith(prefix))?.[1];
    if (!app) throw new Error(`no sandbox for ${url}`);
    const method = (init.method ?? "GET").toUpperCase();
    log.push(`${method} ${pathname}`);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const res = await app.inject({ method: method as "GET", url: pathname + search, headers, payload: init.body as string | undefined });
    const out = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined && name !== "content-length" && name !== "transfer-encoding") out.set(name, String(value));
    }
    return new Response(res.statusCode === 204 ? null : res.body, { status: res.statusCode, headers: out });
  };
}

const asRegex = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\\?\}/g, "[^/]+")}$`);

describe("every endpoint of seeds 000–003 is served by the sandbox and called by the typed client (#17)", () => {
  const investsuite = forSuite(() => startTestSandbox({ SANDBOX_IS_USERS: "5", SANDBOX_IS_PORTFOLIOS: "10" }));
  const cashlink = forSuite(() => startCashlink({ SANDBOX_CL_INVITATIONS: "2" }));
  const served: Record<SeedProvider, Set<string>> = { investsuite: new Set(), cashlink: new Set() };
  const log: string[] = [];
  let clients: Clients;

  beforeAll(async () => {
    // Route patterns as Fastify registered them (/cashlink/v2/investments/:id/ → /v2/investments/{}/).
    const probeRoutes = async (provider: SeedProvider, register: (app: FastifyInstance) => Promise<void>) => {
      const probe = Fastify();
      probe.addHook("onRoute", (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const url = endpointTemplate(route.url.replace(/^\/(investsuite|cashlink)/, "").replace(/:\w+/g, "{}"));
        for (const m of methods) served[provider].add(`${m} ${url}`);
      });
      await register(probe);
      await probe.ready();
      await probe.close();
    };
    await probeRoutes("investsuite", (app) => investsuite.sandbox.register(app));
    // A second Cashlink sandbox on the same env, only to see its routes (the test helper keeps its own private).
    const cashlinkProbe = await createCashlinkSandbox({
      env: cashlink.env,
      stateFile: (p) => path.join(cashlink.dataDir, `probe-${p}.json`),
    });
    await probeRoutes("cashlink", (app) => cashlinkProbe.register(app));
    await cashlinkProbe.close();
    const fetch = injectFetch({ "/investsuite": investsuite.app, "/cashlink": cashlink.app }, log);
    const newCashlink = () =>
      createCashlinkClient({
        baseUrl: "http://sandbox.test/cashlink",
        clientId: cashlink.env.SANDBOX_CL_CLIENT_ID,
        clientSecret: cashlink.env.SANDBOX_CL_CLIENT_SECRET,
        scopes: [],
        fetch,
        retries: 0,
        sleep: async () => {},
      });
    clients = {
      newCashlink,
      cashlink: newCashlink(),
      investsuite: createInvestSuiteClient({
        baseUrl: "http://sandbox.test/investsuite",
        username: "sandbox-access-key",
        password: "sandbox-secret-key",
        fetch,
        retries: 0,
      }),
    };
  });

  it.skipIf(seedFiles.length === 0)(
    "reads the seeds: all four files, with endpoints from each provider, exactly the checked-in list",
    () => {
      expect(seedFiles.map((f) => f.slice(0, 3))).toEqual(["000", "001", "002", "003"]);
      expect(READ_FROM_SEEDS).toEqual(SEED_ENDPOINT_LIST);
      expect(SEED_ENDPOINTS.filter((e) => e.provider === "investsuite").length).toBeGreaterThanOrEqual(10);
      expect(SEED_ENDPOINTS.filter((e) => e.provider === "cashlink").length).toBeGreaterThanOrEqual(7);
    },
  );

  it("every exclusion names a seed endpoint and gives a reason", () => {
    const names = SEED_ENDPOINTS.map((e) => key(e.provider, e.endpoint));
    for (const [excluded, reason] of [...Object.entries(SANDBOX_EXCLUSIONS), ...Object.entries(CLIENT_EXCLUSIONS)]) {
      expect(names, excluded).toContain(excluded);
      expect(reason.length, excluded).toBeGreaterThan(20);
    }
  });

  describe.each([...SEED_ENDPOINTS])("$provider $endpoint", ({ provider, endpoint }) => {
    const name = key(provider, endpoint);
    const [method, template] = endpoint.split(" ") as [string, string];

    it("is served by the sandbox", () => {
      const isServed = [...served[provider]].some((p) => {
        const [m, t] = p.split(" ") as [string, string];
        return m === method && asRegex(t).test(template);
      });
      if (SANDBOX_EXCLUSIONS[name]) expect(isServed, `${name} is served now: remove its sandbox exclusion`).toBe(false);
      else expect(isServed, `the sandbox has no route for ${name}`).toBe(true);
    });

    it("is called by the typed client", async () => {
      const call = CLIENT_CALLS[name];
      if (CLIENT_EXCLUSIONS[name]) {
        expect(call, `${name} has a client call now: remove its client exclusion`).toBeUndefined();
        return;
      }
      expect(call, `the typed ${provider} client has no call for ${name}`).toBeDefined();
      log.length = 0;
      await call!(clients).catch(() => undefined); // made-up ids: the answer may be an error; the request is what counts
      const prefix = `/${provider}`;
      const sent = log
        .map((l) => l.replace(` ${prefix}`, " "))
        .map((l) => {
          const [m, p] = l.split(" ") as [string, string];
          return `${m} ${endpointTemplate(p)}`;
        });
      expect(
        sent.some((s) => {
          const [m, p] = s.split(" ") as [string, string];
          return m === method && asRegex(template).test(p);
        }),
        `${name}: the client sent ${sent.join(", ")}`,
      ).toBe(true);
    });
  });
});
