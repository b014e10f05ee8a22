import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";

import { loadPortfolioDetail, RECENT_EVENTS } from "./portfolio-detail";

const sandbox = forSuite(startContractSandbox);
const investSuite = forSuite(async () => pointAppAtInvestSuite(sandbox));

describe("loadPortfolioDetail", () => {
  it("maps a portfolio, its owner, holdings with currency codes and its newest events", async () => {
    const page = await investSuite.listPortfolios({ query: "status eq 'ACTIVE'", limit: 50 });
    const portfolio = page.results.find((p) => Object.keys(p.portfolio).some((k) => k.startsWith("$")))!;
    const owner = await investSuite.getUser(portfolio.owned_by_user_id);
    const now = Date.now();
    await getDb().providerEvent.createMany({
      data: Array.from({ length: RECENT_EVENTS + 2 }, (_, i) => ({
        provider: "INVESTSUITE" as const,
        providerEventId: `detail-test-${now}-${i}`,
        type: "portfolios.status-update",
        transport: "HTTP_PUSH" as const,
        signature: "VALID" as const,
        portfolioRef: portfolio.id,
      })),
    });

    const result = await loadPortfolioDetail(portfolio.id);
    if (result.kind !== "found") throw new Error(`expected found, got ${result.kind}`);
    const { detail } = result;
    expect(detail).toMatchObject({
      id: portfolio.id,
      name: portfolio.name,
      status: "ACTIVE",
      blocked: false,
      baseCurrency: portfolio.base_currency,
    });
    expect(detail.owner).toMatchObject({ id: owner.id, email: owner.email ?? null, error: null });
    const cash = detail.holdings.filter((h) => h.kind === "cash");
    expect(cash.length).toBeGreaterThan(0);
    for (const h of cash) expect(portfolio.portfolio[`$${h.currency}`]).toBeDefined();
    expect(detail.holdings).toHaveLength(Object.keys(portfolio.portfolio).length);
    expect(detail.events.rows).toHaveLength(RECENT_EVENTS);
    expect(detail.events.more).toBe(true);
    expect(detail.events.rows[0]?.type).toBe("portfolios.status-update");
  });

  it("answers not found for an unknown id and for something that is not a portfolio id", async () => {
    expect(await loadPortfolioDetail("P00000000000000000000000000")).toEqual({ kind: "not_found" });
    expect(await loadPortfolioDetail("../users")).toEqual({ kind: "not_found" });
  });

  it("turns a provider failure into its user message instead of throwing", async () => {
    const [portfolio] = (await investSuite.listPortfolios({ limit: 1 })).results;
    await sandbox.control("PUT", "/__sandbox/faults/investsuite", { errorRate: 1, errorStatus: 503 });
    try {
      const result = await loadPortfolioDetail(portfolio!.id);
      expect(result).toMatchObject({ kind: "error", retryable: true });
      expect(result.kind === "error" && result.message).toMatch(/^InvestSuite reported an internal error \(HTTP 503\)/);
    } finally {
      await sandbox.control("DELETE", "/__sandbox/faults");
    }
  });
});
