import { describe, expect, it } from "vitest";

import { describeManagerSettings, formatDivestAmount, holdingRows } from "./portfolio-detail-format";

describe("holdingRows", () => {
  it("puts cash per currency first and keeps every digit", () => {
    expect(holdingRows({ LU78464A6644: "18.780000000000000001", $USD: "208.086729", $EUR: "1e+2", LU4642886612: "0" })).toEqual([
      { key: "$EUR", kind: "cash", currency: "EUR", amount: "100" },
      { key: "$USD", kind: "cash", currency: "USD", amount: "208.086729" },
      { key: "LU4642886612", kind: "instrument", isin: "LU4642886612", quantity: "0" },
      { key: "LU78464A6644", kind: "instrument", isin: "LU78464A6644", quantity: "18.780000000000000001" },
    ]);
  });
});

describe("formatDivestAmount", () => {
  it("shows 1e100 as a full withdrawal and other amounts exactly, with the currency", () => {
    expect(formatDivestAmount("1e+100", "EUR")).toBe("Full withdrawal");
    expect(formatDivestAmount("1E100", "EUR")).toBe("Full withdrawal");
    expect(formatDivestAmount("500.10", "EUR")).toBe("500.1 EUR");
    expect(formatDivestAmount("0", "USD")).toBe("0 USD");
    expect(formatDivestAmount(null, "USD")).toBe("None requested");
  });
});

describe("describeManagerSettings", () => {
  it("labels what the provider sent and skips what it did not", () => {
    const rows = describeManagerSettings(
      { active: false, policy_id: "Y01EF46X9XB437JS4678X0K529C", divest_amount: "1e+100", start_amount: "600.0", goal_id: null, tags: [] },
      "GBP",
    );
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["active", "No"],
      ["policy_id", "Y01EF46X9XB437JS4678X0K529C"],
      ["goal_id", "—"],
      ["divest_amount", "Full withdrawal"],
      ["start_amount", "600 GBP"],
      ["tags", "—"],
    ]);
  });
});
