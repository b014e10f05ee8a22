import { describe, expect, it } from "vitest";

import { onePerSubject } from "./one-per-subject";

describe("onePerSubject", () => {
  it("puts each subject's k-th item in set k, in order", () => {
    const items = ["a1", "b1", "a2", "c1", "a3", "b2"];
    expect(onePerSubject(items, (i) => i[0]!)).toEqual([["a1", "b1", "c1"], ["a2", "b2"], ["a3"]]);
  });

  it("keeps items without a subject in the first set", () => {
    expect(onePerSubject(["x", "a1", "y", "a2"], (i) => (i.length === 1 ? null : i[0]!))).toEqual([["x", "a1", "y"], ["a2"]]);
  });

  it("answers no sets for no items", () => {
    expect(onePerSubject([], () => "s")).toEqual([]);
  });
});
