import { describe, expect, it } from "vitest";

import { createCallCounter, endpointOf } from "./call-counter";
import { ALL_CHECKS, selectChecks } from "./registry";

describe("call counter", () => {
  it("folds ids into :id but keeps the API version", () => {
    expect(endpointOf("http://x/wisealpha/v1/customers/10000001/investment-accounts/INVACC1/orders/buy/?limit=100")).toBe(
      "/wisealpha/v1/customers/:id/investment-accounts/:id/orders/buy/",
    );
    expect(endpointOf("http://x/cashlink/v2/investments/")).toBe("/cashlink/v2/investments/");
  });

  it("counts every call per method and endpoint", async () => {
    const counter = createCallCounter(async () => new Response("{}"));
    await counter.fetch("http://x/investsuite/portfolios/P1/", { method: "GET" });
    await counter.fetch("http://x/investsuite/portfolios/P2/", {});
    await counter.fetch("http://x/investsuite/auth/login/", { method: "POST" });
    expect(counter.calls()).toEqual({ "GET /investsuite/portfolios/:id/": 2, "POST /investsuite/auth/login/": 1 });
    expect(counter.total()).toBe(3);
  });
});

describe("check selection", () => {
  it("takes every check for an empty list or all, the named ones otherwise, and refuses an unknown name", () => {
    expect(selectChecks("")).toHaveLength(ALL_CHECKS.length);
    expect(selectChecks("all")).toHaveLength(ALL_CHECKS.length);
    expect(selectChecks(" events.unprocessed , cashlink.investments").map((c) => c.name)).toEqual([
      "cashlink.investments",
      "events.unprocessed",
    ]);
    expect(() => selectChecks("events.unprocessed,nope")).toThrow("Unknown reconciliation check(s): nope.");
  });

  it("names every check once, as check-names.ts lists them", async () => {
    const { ALL_CHECK_NAMES } = await import("./check-names");
    expect(ALL_CHECKS.map((c) => c.name)).toEqual([...ALL_CHECK_NAMES]);
  });
});
