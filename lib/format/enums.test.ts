import { describe, expect, it } from "vitest";

import { enumWords, flagWords } from "./enums";

describe("enumWords", () => {
  it("turns provider enum values into words", () => {
    expect(enumWords("CASH_AVAILABLE")).toBe("Cash available");
    expect(enumWords("KYC_PENDING")).toBe("KYC pending");
    expect(enumWords("inReview")).toBe("In review");
    expect(enumWords("REAL_MONEY")).toBe("Real money");
    expect(enumWords(null)).toBe("—");
    expect(enumWords("X", { X: "Ex" })).toBe("Ex");
  });
  it("reads flags as sentences", () => {
    expect(flagWords("can_invest_high_yield", false)).toBe("Can invest in high-yield products: no");
    expect(flagWords("can_withdraw", true)).toBe("Can withdraw: yes");
  });
});
