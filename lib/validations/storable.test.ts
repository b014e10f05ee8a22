import { describe, expect, it } from "vitest";

import { isStorableText, storableBigIntId, storableDay, storableText } from "./storable";

describe("storable input", () => {
  it("refuses NUL and lone surrogates, keeps ordinary and astral text", () => {
    expect(isStorableText("Zoë 💶")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("a\ud800b")).toBe(false);
    expect(storableText(5).safeParse("  abc  ").data).toBe("abc");
    expect(storableText(5).safeParse("abcdef").success).toBe(false);
  });

  it("refuses days outside the storable years and impossible days", () => {
    expect(storableDay.safeParse("2026-12-07").success).toBe(true);
    expect(storableDay.safeParse("0000-01-01").success).toBe(false);
    expect(storableDay.safeParse("275760-09-13").success).toBe(false);
    expect(storableDay.safeParse("2026-02-30").success).toBe(false);
  });

  it("refuses ids beyond int8", () => {
    expect(storableBigIntId.safeParse("9223372036854775807").data).toBe(9223372036854775807n);
    expect(storableBigIntId.safeParse("9223372036854775808").success).toBe(false);
    expect(storableBigIntId.safeParse("0").success).toBe(false);
  });

  it("refuses a non-number id with its message instead of throwing", () => {
    for (const text of ["abc", "\u0000", "1e131072", "-1"]) {
      expect(() => storableBigIntId.safeParse(text)).not.toThrow();
      expect(storableBigIntId.safeParse(text).error?.issues.map((i) => i.message)).toEqual(["Must be a positive whole number."]);
    }
  });
});
