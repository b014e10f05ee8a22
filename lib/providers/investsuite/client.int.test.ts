import { afterEach, describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { collect } from "../pagination";
import { ProviderError } from "../errors";
import { startContractSandbox, DEMO_LOGIN } from "../../../sandbox/investsuite/contract/test-sandbox";
import { createInvestSuiteClient, type InvestSuiteClientOptions } from "./client";
import { hasPendingWithdrawal } from "./schemas";

/** The client against the real sandbox (sandbox/main.ts) over HTTP. */
describe("InvestSuite client", () => {
  const sandbox = forSuite(startContractSandbox);
  const client = (extra: Partial<InvestSuiteClientOptions> = {}) =>
    createInvestSuiteClient({ baseUrl: sandbox.baseUrl, username: DEMO_LOGIN.username, password: DEMO_LOGIN.password, ...extra });

  afterEach(async () => {
    await sandbox.control("DELETE", "/__sandbox/faults");
  });

  it("lists portfolios with a query and embeds their owners", async () => {
    const page = await client().listPortfolios({
      query: "money_type eq 'REAL_MONEY' orderby creation_datetime desc",
      limit: 5,
      embed: ["owned_by_user_id"],
    });
    expect(page.count).toBeGreaterThan(0);
    expect(page.results.length).toBeLessThanOrEqual(5);
    for (const p of page.results) {
      expect(p.money_type).toBe("REAL_MONEY");
      expect(page._embedded[p.owned_by_user_id]?.id).toBe(p.owned_by_user_id);
    }
    const created = page.results.map((p) => p.creation_datetime);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("refuses a page size above 100 before calling", async () => {
    await expect(client().listPortfolios({ limit: 101 })).rejects.toThrow(RangeError);
  });

  it("keeps divest amounts as the provider's exact decimal text, full withdrawals included", async () => {
    const pending = await client().listPortfolios({
      query: "config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null",
      limit: 100,
    });
    expect(pending.count).toBeGreaterThan(0);
    for (const p of pending.results) {
      expect(typeof p.config.manager_settings.divest_amount).toBe("string");
      expect(hasPendingWithdrawal(p.config.manager_settings.divest_amount)).toBe(true);
    }
    const [target] = pending.results;
    if (!target) throw new Error("no pending withdrawal in the generated data");
    await sandbox.control("POST", `/investsuite/__sandbox/portfolios/${target.id}/request-withdrawal`, { amount: "full" });
    expect((await client().getPortfolio(target.id)).config.manager_settings.divest_amount).toBe("1e+100");
  });

  it("iterates every page and yields each portfolio once", async () => {
    const all = await collect(client().iteratePortfolios({ limit: 7 }));
    const { count } = await client().listPortfolios({ limit: 1 });
    expect(all).toHaveLength(count ?? -1);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it("lists and reads users", async () => {
    const users = await client().listUsers({ limit: 3 });
    expect(users.results).toHaveLength(3);
    const first = users.results[0];
    if (!first) throw new Error("no users");
    expect(await client().getUser(first.id)).toMatchObject({ id: first.id });
  });

  it("patches holdings and settings, keeping decimal precision", async () => {
    const c = client();
    const [target] = (await c.listPortfolios({ query: "config.manager eq 'ROBO_ADVISOR_DISCRETIONARY' and deleted eq false", limit: 1 }))
      .results;
    if (!target) throw new Error("no robo portfolio");
    const cash = `$${target.base_currency}`;
    const patched = await c.patchPortfolio(target.id, {
      portfolio: { [cash]: "1234.560000000000000001", LU78464A6644: "18.78" },
      config: { manager_settings: { divest_amount: 0 } },
    });
    expect(patched.portfolio).toEqual({ [cash]: "1234.560000000000000001", LU78464A6644: "18.78" });
    expect(patched.config.manager_settings.divest_amount).toBe("0");
    expect(patched.version).toBe(target.version + 1);
    // Write-once rules are the server's: the client passes the refusal on as a validation error.
    const other = target.money_type === "REAL_MONEY" ? "PAPER_MONEY" : "REAL_MONEY";
    await expect(c.patchPortfolio(target.id, { money_type: other })).rejects.toMatchObject({ code: "validation", status: 422 });
  });

  it("posts a deposit once per idempotency key", async () => {
    const c = client();
    const [target] = (await c.listPortfolios({ limit: 1 })).results;
    if (!target) throw new Error("no portfolio");
    const event = { portfolioId: target.id, amount: "250.10", currency: target.base_currency };
    const first = await c.postDepositEvent(event, "deposit-record-1");
    const second = await c.postDepositEvent(event, "deposit-record-1");
    expect(second).toEqual(first);
    const transfers = (await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${target.id}`)) as {
      results: { idempotency_key: string }[];
    };
    expect(transfers.results.filter((t) => t.idempotency_key === "deposit-record-1")).toHaveLength(1);
    await expect(c.postDepositEvent(event, " ")).rejects.toThrow(/idempotencyKey/);
  });

  it("maps a 503 to a retryable server_error after its retries", async () => {
    const c = client({ retries: 1 });
    await c.listUsers({ limit: 1 }); // log in first: faults apply to /auth too
    await sandbox.control("PUT", "/__sandbox/faults/investsuite", { errorRate: 1, errorStatus: 503 });
    const error = await c.listPortfolios().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: "investsuite", code: "server_error", status: 503, retryable: true });
  });

  it("times out a request that gets no answer", async () => {
    const c = client({ timeoutMs: 300, retries: 0 });
    await c.listUsers({ limit: 1 });
    await sandbox.control("PUT", "/__sandbox/faults/investsuite", { timeoutRate: 1 });
    const started = Date.now();
    await expect(c.listPortfolios()).rejects.toMatchObject({ code: "timeout", status: null });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("InvestSuite client token handling", () => {
  const sandbox = forSuite(() => startContractSandbox({ SANDBOX_IS_TOKEN_TTL_SECONDS: "1" }));

  it("refreshes an expired token transparently", async () => {
    const paths: string[] = [];
    const c = createInvestSuiteClient({
      baseUrl: sandbox.baseUrl,
      ...DEMO_LOGIN,
      fetch: (url, init) => {
        paths.push(new URL(url).pathname);
        return fetch(url, init);
      },
    });
    await c.listUsers({ limit: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await c.listUsers({ limit: 1 });
    expect(paths).toEqual(["/investsuite/auth/login/", "/investsuite/users/", "/investsuite/auth/refresh-token/", "/investsuite/users/"]);
  });

  it("renews once and repeats the request when a token is refused (401)", async () => {
    let spoil = false;
    const statuses: number[] = [];
    const c = createInvestSuiteClient({
      baseUrl: sandbox.baseUrl,
      ...DEMO_LOGIN,
      fetch: async (url, init) => {
        const headers = new Headers(init.headers);
        // Simulates a token revoked at the provider: the first API call after `spoil` carries a dead token.
        if (spoil && headers.has("authorization")) {
          spoil = false;
          headers.set("authorization", "Bearer revoked");
        }
        const response = await fetch(url, { ...init, headers });
        statuses.push(response.status);
        return response;
      },
    });
    await c.listUsers({ limit: 1 });
    spoil = true;
    const page = await c.listUsers({ limit: 1 });
    expect(page.results).toHaveLength(1);
    expect(statuses).toEqual([200, 200, 401, 200, 200]);
  });
});
