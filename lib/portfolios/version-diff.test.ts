import { describe, expect, it } from "vitest";

import { diffVersions, flatten } from "./version-diff";

const v1 = {
  id: "P01F8ZSNV0J45R9DFZ3D7D8C26F",
  name: "General investing",
  version: 1,
  version_datetime: "2021-06-24T19:59:15.474241+00:00",
  config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: { active: true, policy_id: "Y1" } },
  portfolio: { $USD: "10000" },
  brokerage_account: null,
  tags: ["a"],
};

describe("diffVersions", () => {
  it("is empty for equal versions and ignores the version metadata", () => {
    expect(diffVersions(v1, { ...v1, version: 2, version_datetime: "x", version_authored_by_user_id: "U" })).toEqual([]);
  });

  it("reports changed, added and removed leaves by dot path, sorted", () => {
    const v2 = {
      ...v1,
      name: "Child's education",
      config: { ...v1.config, manager_settings: { active: false, goal_id: "L1" } },
      portfolio: { $USD: "208.086729", LU78464A6644: "18.78" },
    };
    expect(diffVersions(v1, v2)).toEqual([
      { path: "config.manager_settings.active", kind: "changed", before: "true", after: "false" },
      { path: "config.manager_settings.goal_id", kind: "added", before: null, after: "L1" },
      { path: "config.manager_settings.policy_id", kind: "removed", before: "Y1", after: null },
      { path: "name", kind: "changed", before: "General investing", after: "Child's education" },
      { path: "portfolio.$USD", kind: "changed", before: "10000", after: "208.086729" },
      { path: "portfolio.LU78464A6644", kind: "added", before: null, after: "18.78" },
    ]);
  });

  it("keeps decimal text exact and tells null from a nested object", () => {
    const a = { amount: "18.780000000000000001", brokerage_account: null };
    const b = { amount: "18.78", brokerage_account: { bank_account_type: "IBAN" } };
    expect(diffVersions(a, b)).toEqual([
      { path: "amount", kind: "changed", before: "18.780000000000000001", after: "18.78" },
      { path: "brokerage_account", kind: "removed", before: "null", after: null },
      { path: "brokerage_account.bank_account_type", kind: "added", before: null, after: "IBAN" },
    ]);
  });

  it("compares arrays whole and shows an emptied object", () => {
    expect(diffVersions({ tags: ["a"], portfolio: { $USD: "1" } }, { tags: ["a", "b"], portfolio: {} })).toEqual([
      { path: "portfolio", kind: "added", before: null, after: "{}" },
      { path: "portfolio.$USD", kind: "removed", before: "1", after: null },
      { path: "tags", kind: "changed", before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it("is symmetric: swapping A and B swaps before/after and added/removed", () => {
    const v2 = { ...v1, name: "B", extra: 1 };
    const forward = diffVersions(v1, v2);
    const back = diffVersions(v2, v1);
    expect(back).toEqual(
      forward.map((r) => ({
        path: r.path,
        kind: r.kind === "added" ? "removed" : r.kind === "removed" ? "added" : "changed",
        before: r.after,
        after: r.before,
      })),
    );
  });

  it("flattens only the top-level metadata away", () => {
    expect([...flatten({ version: 3, config: { version: 1 } }).keys()]).toEqual(["config.version"]);
  });
});
