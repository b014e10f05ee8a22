import { describe, expect, it } from "vitest";

import { closeRefusal } from "./lifecycle-rules";

const base = {
  deleted: false,
  money_type: "REAL_MONEY" as const,
  portfolio: {} as Record<string, string>,
  config: { manager: "ROBO_ADVISOR_DISCRETIONARY" as const, manager_version: 1, manager_settings: {} as { divest_amount?: string | null } },
};

describe("closeRefusal", () => {
  it("allows an empty real-money portfolio and any paper-money one", () => {
    expect(closeRefusal(base)).toBeNull();
    expect(closeRefusal({ ...base, portfolio: { $EUR: "0.00" } })).toBeNull();
    expect(closeRefusal({ ...base, money_type: "PAPER_MONEY", portfolio: { $USD: "10000" } })).toBeNull();
  });

  it("refuses a closed one, a pending withdrawal and real money still held", () => {
    expect(closeRefusal({ ...base, deleted: true })).toMatch(/already closed/);
    expect(closeRefusal({ ...base, config: { ...base.config, manager_settings: { divest_amount: "1e+100" } } })).toMatch(
      /withdrawal is pending/,
    );
    expect(closeRefusal({ ...base, config: { ...base.config, manager_settings: { divest_amount: "0" } } })).toBeNull();
    expect(closeRefusal({ ...base, portfolio: { $EUR: "0.01", LU78464A6644: "3" } })).toBe(
      "The portfolio still holds $EUR, LU78464A6644; empty it before closing.",
    );
  });
});
