import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startContractSandbox, type ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";

import type { findPortfolios as FindPortfolios } from "./find-portfolios";

/** findPortfolios against the in-process InvestSuite sandbox, over HTTP. */
describe("findPortfolios", () => {
  let sandbox: ContractSandbox;
  let findPortfolios: typeof FindPortfolios;
  const requests: string[] = [];
  const realFetch = globalThis.fetch;
  const list = (q: string, extra: Partial<Parameters<typeof FindPortfolios>[0]> = {}) =>
    findPortfolios({ q, sort: [], page: 1, size: 100, ...extra });

  beforeAll(async () => {
    sandbox = await startContractSandbox();
    pointAppAtInvestSuite(sandbox);
    globalThis.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      // Every request to the sandbox (a login too), not only list calls: "sends nothing" means nothing.
      if (url.startsWith(sandbox.url)) requests.push(url);
      return realFetch(input, init);
    };
    ({ findPortfolios } = await import("./find-portfolios"));
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await sandbox?.close();
  });

  it("returns a page with owners embedded, a count and a holdings summary in exact decimals", async () => {
    const result = await list("money_type eq 'REAL_MONEY'", { sort: [{ field: "creation_datetime", direction: "desc" }], size: 10 });
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.length).toBeLessThanOrEqual(10);
    expect(result.count).toBeGreaterThanOrEqual(result.rows.length);
    for (const row of result.rows) {
      expect(row.moneyType).toBe("REAL_MONEY");
      expect(row.owner.email ?? row.owner.name).toBeTruthy();
      for (const cash of row.holdings.cash) {
        expect(cash.currency).toMatch(/^[A-Z]{3}$/);
        expect(cash.amount).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
    const created = result.rows.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("pages with offset: page 2 continues page 1", async () => {
    const [one, two, all] = await Promise.all([list("", { size: 10 }), list("", { size: 10, page: 2 }), list("", { size: 20 })]);
    if (!one.ok || !two.ok || !all.ok) throw new Error("list failed");
    expect([...one.rows, ...two.rows].map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
  });

  it("done-when (3): an invalid query is answered with its position and sends nothing to the provider", async () => {
    requests.length = 0;
    const result = await list("base_currency equals 'USD'");
    expect(result).toMatchObject({ ok: false, kind: "query", position: 14 });
    expect(requests).toEqual([]);
  });

  it("an unknown field is refused locally with its position, e.g. the seed's `lastmodified`", async () => {
    requests.length = 0;
    const result = await list("lastmodified in ['20200101' to '20240101']");
    expect(result).toMatchObject({ ok: false, kind: "query", position: 0 });
    if (!result.ok) expect(result.message).toContain("no field 'lastmodified'");
    expect(requests).toEqual([]);
  });

  // Done-when (1), every seed example against the sandbox: seed-examples.int.test.ts.
  it("the portfolio examples among the seeds reach the provider and match", async () => {
    const pending = await list("config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null");
    if (!pending.ok) throw new Error(pending.message);
    expect(pending.count).toBeGreaterThan(0);
    const archived = await list("archived eq true");
    expect(archived.ok).toBe(true);
  });
});
