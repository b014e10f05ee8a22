import { describe, expect, it } from "vitest";

import { isPositiveAmount, needsFourEyes, wireAmount } from "./amount-rules";
import { depositIdempotencyKey } from "./idempotency-key";
import {
  approveRefusal,
  assertTransition,
  canTransition,
  checkApprove,
  checkReject,
  DEPOSIT_STATES,
  DepositRuleError,
  rejectRefusal,
  type DepositState,
} from "./state-machine";
import { recordDepositSchema } from "@/lib/validations/deposits";

const staff = { id: "s1", role: "STAFF" as const };
const admin = { id: "a1", role: "ADMIN" as const };
const otherAdmin = { id: "a2", role: "ADMIN" as const };
const compliance = { id: "c1", role: "COMPLIANCE" as const };

describe("deposit state machine", () => {
  it("allows exactly the documented moves", () => {
    const allowed = DEPOSIT_STATES.flatMap((from) => DEPOSIT_STATES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        "RECORDED→AWAITING_APPROVAL",
        "RECORDED→READY_TO_SEND",
        "AWAITING_APPROVAL→READY_TO_SEND",
        "AWAITING_APPROVAL→REJECTED",
        "READY_TO_SEND→SENDING",
        "SENDING→SENT",
        "SENDING→FAILED",
      ].sort(),
    );
  });

  it.each(["SENT", "FAILED", "REJECTED"] as DepositState[])("%s is final", (state) => {
    for (const to of DEPOSIT_STATES) expect(canTransition(state, to)).toBe(false);
    expect(() => assertTransition(state, "SENDING")).toThrow(/can no longer change/);
  });

  it("names what a state may become when a move is refused", () => {
    expect(() => assertTransition("READY_TO_SEND", "REJECTED")).toThrow(
      new DepositRuleError("This deposit is ready to send and cannot become rejected (it can become sending)."),
    );
  });

  it("cannot skip approval: a deposit awaiting approval is never sent directly", () => {
    expect(canTransition("AWAITING_APPROVAL", "SENDING")).toBe(false);
    expect(canTransition("RECORDED", "SENDING")).toBe(false);
  });
});

describe("four-eyes decisions", () => {
  const awaiting = { state: "AWAITING_APPROVAL" as const, recordedById: admin.id };

  it("another admin may approve and reject", () => {
    expect(approveRefusal(awaiting, otherAdmin)).toBeNull();
    expect(() => checkApprove(awaiting, otherAdmin)).not.toThrow();
    expect(() => checkReject(awaiting, otherAdmin)).not.toThrow();
  });

  it("the person who recorded it may not decide", () => {
    expect(approveRefusal(awaiting, admin)).toMatch(/You recorded this deposit/);
    expect(rejectRefusal(awaiting, admin)).toMatch(/You recorded this deposit/);
    expect(() => checkApprove(awaiting, admin)).toThrow(DepositRuleError);
  });

  it("staff and compliance may not approve at all", () => {
    expect(approveRefusal({ ...awaiting, recordedById: "x" }, staff)).toBe("Only an admin can approve a deposit.");
    expect(approveRefusal({ ...awaiting, recordedById: "x" }, compliance)).toBe("Only an admin can approve a deposit.");
    expect(rejectRefusal({ ...awaiting, recordedById: "x" }, staff)).toBe("Only an admin can reject a deposit.");
  });

  it("only a deposit awaiting approval can be approved or rejected", () => {
    for (const state of DEPOSIT_STATES.filter((s) => s !== "AWAITING_APPROVAL")) {
      expect(approveRefusal({ state, recordedById: admin.id }, otherAdmin)).toMatch(/cannot be approved now/);
      expect(rejectRefusal({ state, recordedById: admin.id }, otherAdmin)).toMatch(/cannot be rejected now/);
    }
  });
});

describe("amount rules", () => {
  it("needs four eyes strictly above the threshold", () => {
    expect(needsFourEyes("10000", "10000")).toBe(false);
    expect(needsFourEyes("10000.000001", "10000")).toBe(true);
    expect(needsFourEyes("9999.99", "10000")).toBe(false);
    expect(needsFourEyes("0.01", "0")).toBe(true);
    // Compared as decimals, not text or floats: trailing zeros do not make it larger.
    expect(needsFourEyes("10000.000000", "10000")).toBe(false);
  });

  it("accepts only positive decimal strings within the column", () => {
    expect(isPositiveAmount("1")).toBe(true);
    expect(isPositiveAmount("2500.50")).toBe(true);
    expect(isPositiveAmount("0")).toBe(false);
    expect(isPositiveAmount("0.000000")).toBe(false);
    expect(isPositiveAmount("-1")).toBe(false);
    expect(isPositiveAmount("1e5")).toBe(false);
    expect(isPositiveAmount("1.1234567")).toBe(false);
    expect(isPositiveAmount("9".repeat(19))).toBe(false);
  });

  it("sends amounts without exponent or trailing zeros", () => {
    expect(wireAmount("1000.500000")).toBe("1000.5");
    expect(wireAmount("123456789012345678.123456")).toBe("123456789012345678.123456");
  });

  it("derives a stable 10-character Idempotency-Key from our id (seed 000: Saxo allows 10)", () => {
    const key = depositIdempotencyKey("5b0e3c5e-1d7a-4a57-9d1a-3f0f2b9f0c11");
    expect(key).toMatch(/^[0-9a-z]{10}$/);
    expect(depositIdempotencyKey("5b0e3c5e-1d7a-4a57-9d1a-3f0f2b9f0c11")).toBe(key);
    expect(depositIdempotencyKey("another")).not.toBe(key);
  });
});

describe("the record form's schema", () => {
  const valid = {
    portfolioId: "P01ARZ3NDEKTSV4RRFFQ69G5FAV",
    amount: "2500.50",
    currency: "eur",
    valueDate: "2026-12-07",
    bankReference: "NL-TRX-0001",
  };
  const errorsOf = (input: object) => {
    const result = recordDepositSchema.safeParse({ ...valid, ...input });
    return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
  };

  it("accepts a plausible transfer and normalises the currency", () => {
    expect(recordDepositSchema.parse(valid)).toMatchObject({ currency: "EUR", amount: "2500.50" });
  });

  it.each([
    [{ amount: "0" }, "amount"],
    [{ amount: "-5" }, "amount"],
    [{ amount: "1e3" }, "amount"],
    [{ amount: "12,50" }, "amount"],
    [{ currency: "EURO" }, "currency"],
    [{ valueDate: "2026-02-30" }, "valueDate"],
    [{ valueDate: "0000-01-01" }, "valueDate"],
    [{ bankReference: "" }, "bankReference"],
    [{ bankReference: "x".repeat(65) }, "bankReference"],
    [{ bankReference: "a\u0000b" }, "bankReference"],
    [{ portfolioId: "not-a-portfolio" }, "portfolioId"],
  ])("refuses %j in %s", (input, field) => {
    expect(errorsOf(input)).toContain(field);
  });
});
