import { describe, expect, it } from "vitest";

import { generateState } from "./generate-data";
import { MINIMUM_PORTFOLIO, startTestSandbox } from "./test-support";

describe("state", () => {
  it("survives a restart on the same data dir", async () => {
    const first = await startTestSandbox();
    const created = (await first.api("POST", "/portfolios/", { ...MINIMUM_PORTFOLIO, external_id: "persist-me" })).json();
    await first.api("PATCH", `/portfolios/${created.id}/`, { portfolio: { $USD: "0.1", LU78464A6644: 3 } });
    await first.api(
      "POST",
      "/events/deposit/",
      { data: { amount: "10", currency: "USD", portfolio: created.id } },
      { "idempotency-key": "k1" },
    );
    const eventCount = first.state.events.length;
    await first.close({ keepData: true });

    const second = await startTestSandbox({}, { dataDir: first.dataDir });
    try {
      const reloaded = await second.api("GET", `/portfolios/${created.id}/`);
      expect(reloaded.json()).toMatchObject({ external_id: "persist-me", version: 2, portfolio: { $USD: 0.1, LU78464A6644: 3 } });
      expect(second.state.events).toHaveLength(eventCount);
      expect(eventCount).toBeGreaterThan(0);
      // The idempotency record survived too: the replay changes nothing.
      await second.api(
        "POST",
        "/events/deposit/",
        { data: { amount: "10", currency: "USD", portfolio: created.id } },
        { "idempotency-key": "k1" },
      );
      expect(second.state.cashTransfers).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it("generates the same data for the same seed, with every status, both money types and pending withdrawals", () => {
    const a = generateState(42, 200, 1000);
    const b = generateState(42, 200, 1000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateState(43, 200, 1000))).not.toBe(JSON.stringify(a));
    const portfolios = Object.values(a.portfolios);
    expect(portfolios).toHaveLength(1000);
    expect(Object.keys(a.users)).toHaveLength(200);
    expect(new Set(portfolios.map((p) => p.status))).toEqual(
      new Set(["WAITING_FOR_POLICY", "WAITING_FOR_ACCOUNT", "WAITING_FOR_FUNDS", "ACTIVE", "INACTIVE"]),
    );
    expect(new Set(portfolios.map((p) => p.money_type))).toEqual(new Set(["REAL_MONEY", "PAPER_MONEY"]));
    expect(new Set(portfolios.map((p) => p.config.manager)).size).toBe(3);
    expect(new Set(portfolios.map((p) => p.base_currency)).size).toBeGreaterThanOrEqual(4);
    const divests = portfolios.map((p) => p.config.manager_settings.divest_amount).filter((d) => d !== null && d !== undefined);
    expect(divests.filter((d) => d === "1e+100").length).toBeGreaterThan(0);
    expect(divests.filter((d) => d !== "1e+100").length).toBeGreaterThan(0);
    for (const p of portfolios) expect(Object.keys(p.portfolio).every((k) => /^(\$[A-Z]{3}|[A-Z]{2}[A-Z0-9]{9}[0-9])$/.test(k))).toBe(true);
  });

  it("generates the full default size well within the 30 s start budget", () => {
    const started = performance.now();
    const state = generateState(42, 2000, 5000);
    const ms = performance.now() - started;
    expect(Object.keys(state.portfolios)).toHaveLength(5000);
    expect(ms).toBeLessThan(5000);
  });
});
