import { describe, expect, it } from "vitest";

import { DEFAULT_COLUMNS, formatSort, portfolioListSchema, toSearchParams } from "./portfolios";

describe("portfolio list URL state", () => {
  it("defaults: empty query, no sort, page 1, 25 rows, default columns", () => {
    expect(portfolioListSchema.parse({})).toEqual({ q: "", sort: [], page: 1, size: 25, cols: [...DEFAULT_COLUMNS] });
  });

  it("reads sort keys with directions", () => {
    const state = portfolioListSchema.parse({ sort: "creation_datetime:desc,name" });
    expect(state.sort).toEqual([
      { field: "creation_datetime", direction: "desc" },
      { field: "name", direction: "asc" },
    ]);
    expect(formatSort(state.sort)).toBe("creation_datetime:desc,name");
  });

  it("keeps page sizes between 10 and 100 (InvestSuite's limit)", () => {
    expect(portfolioListSchema.safeParse({ size: "100" }).success).toBe(true);
    expect(portfolioListSchema.safeParse({ size: "101" }).success).toBe(false);
    expect(portfolioListSchema.safeParse({ size: "9" }).success).toBe(false);
    expect(portfolioListSchema.safeParse({ page: "0" }).success).toBe(false);
  });

  it("refuses a malformed sort key", () => {
    expect(portfolioListSchema.safeParse({ sort: "name:sideways" }).success).toBe(false);
    expect(portfolioListSchema.safeParse({ sort: "or" }).success).toBe(false);
  });

  it("drops unknown columns", () => {
    expect(portfolioListSchema.parse({ cols: "name,bogus,status" }).cols).toEqual(["name", "status"]);
  });

  it("writes only what differs from the defaults", () => {
    const state = portfolioListSchema.parse({ q: "status eq 'ACTIVE'", sort: "name:desc", page: "2", size: "50" });
    expect(toSearchParams(state).toString()).toBe("q=status+eq+%27ACTIVE%27&sort=name%3Adesc&page=2&size=50");
    expect(toSearchParams(portfolioListSchema.parse({})).toString()).toBe("");
  });
});
