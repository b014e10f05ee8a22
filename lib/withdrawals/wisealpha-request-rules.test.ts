import { describe, expect, it } from "vitest";

import { checkWiseAlphaWithdrawal } from "./wisealpha-request-rules";

const facts = { canWithdraw: true, accountCurrencies: ["GBP", "EUR"], balance: "1000.00", reserved: "0" };

describe("WiseAlpha withdrawal rules before queueing", () => {
  it("accepts up to the whole balance", () => {
    expect(checkWiseAlphaWithdrawal(facts, "GBP", "1000.00")).toBeNull();
  });

  it("refuses when can_withdraw is false, next to the customer", () => {
    expect(checkWiseAlphaWithdrawal({ ...facts, canWithdraw: false }, "GBP", "1")).toMatchObject({
      field: "customerId",
      message: expect.stringMatching(/can_withdraw is false/),
    });
  });

  it("refuses a currency the account does not hold", () => {
    expect(checkWiseAlphaWithdrawal(facts, "USD", "1")).toEqual({
      field: "currency",
      message: "This account holds no USD; it holds GBP, EUR.",
    });
  });

  it("refuses more than the balance, saying what is available", () => {
    expect(checkWiseAlphaWithdrawal(facts, "GBP", "1000.01")).toEqual({
      field: "amount",
      message: "Only 1000.00 GBP is available to withdraw; 1000.01 GBP was asked for.",
    });
    expect(checkWiseAlphaWithdrawal({ ...facts, balance: null }, "EUR", "1")?.field).toBe("amount");
  });

  it("counts what is already queued against the balance", () => {
    expect(checkWiseAlphaWithdrawal({ ...facts, reserved: "600" }, "GBP", "400.00")).toBeNull();
    expect(checkWiseAlphaWithdrawal({ ...facts, reserved: "600" }, "GBP", "400.01")?.message).toBe(
      "Only 400.00 GBP is available to withdraw (1000.00 GBP cash, of which 600.00 GBP is already queued for withdrawal); 400.01 GBP was asked for.",
    );
  });
});
