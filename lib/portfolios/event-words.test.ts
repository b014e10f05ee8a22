import { describe, expect, it } from "vitest";

import { describeInvestSuiteEvent } from "./event-words";

describe("describeInvestSuiteEvent", () => {
  it("puts optimization status and owner choice in words (seed 000 values)", () => {
    expect(describeInvestSuiteEvent("optimizations.status-update", { data: { value: "SUCCESS", is_recommended: true } })).toBe(
      "Optimization succeeded, recommended",
    );
    expect(describeInvestSuiteEvent("optimizations.status-update", { data: { value: "INFEASIBLE", is_recommended: false } })).toBe(
      "Optimization infeasible under the policy's constraints, not recommended",
    );
    expect(describeInvestSuiteEvent("optimizations.owner-choice-update", { data: { value: "REOPTIMIZE" } })).toBe(
      "Owner's choice on optimization: asked to optimize again",
    );
  });

  it("names portfolio events and falls back to words for unknown types and values", () => {
    expect(describeInvestSuiteEvent("portfolios.status-update", { data: { value: "WAITING_FOR_FUNDS" } })).toBe(
      "Portfolio status changed: waiting for funds",
    );
    expect(describeInvestSuiteEvent("portfolios.creation", null)).toBe("Portfolio created");
    expect(describeInvestSuiteEvent("optimizations.owner-choice-update", { data: { value: "NEW_CHOICE" } })).toBe(
      "Owner's choice on optimization: new choice",
    );
  });
});
