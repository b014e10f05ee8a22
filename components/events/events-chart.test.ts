import { describe, expect, it } from "vitest";

import { pivot } from "./events-chart";

describe("pivot", () => {
  it("makes one row per bucket, keeps empty buckets, and sums the quietest types into 'other' beyond seven", () => {
    const types = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const points = types.map((type, i) => ({ bucket: "2026-01-01T10:00:00.000Z", type, count: 10 - i }));
    const { series, rows } = pivot(points, ["2026-01-01T09:00:00.000Z", "2026-01-01T10:00:00.000Z"]);
    expect(series).toEqual(["a", "b", "c", "d", "e", "f", "g", "other"]);
    expect(rows).toEqual([
      { bucket: "2026-01-01T09:00:00.000Z" },
      { bucket: "2026-01-01T10:00:00.000Z", a: 10, b: 9, c: 8, d: 7, e: 6, f: 5, g: 4, other: 3 + 2 },
    ]);
  });
});
