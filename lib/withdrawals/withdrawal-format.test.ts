import { describe, expect, it } from "vitest";

import { decisionReasons, formatAge, formatWithdrawalAmount, slaTone } from "./withdrawal-format";

const NOW = new Date("2026-06-01T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const admin = { id: "admin-1", role: "ADMIN" } as const;
const staff = { id: "staff-1", role: "STAFF" } as const;
const ready = { state: "CASH_AVAILABLE", makerId: null, approverIds: [], requiredApprovals: 1 } as const;

describe("withdrawal formatting", () => {
  it("keeps amounts exact and names a full withdrawal", () => {
    expect(formatWithdrawalAmount("1234.567890123456789", "EUR", false)).toBe("1234.567890123456789 EUR");
    expect(formatWithdrawalAmount("500.000000", "USD", false)).toBe("500 USD");
    expect(formatWithdrawalAmount(null, "EUR", true)).toBe("Full withdrawal");
  });

  it("colours the SLA of open requests only: under 4 h neutral, 4–24 h amber, over 24 h red", () => {
    expect(slaTone("REQUESTED", ago(239), NOW)).toBe("neutral");
    expect(slaTone("REQUESTED", ago(240), NOW)).toBe("warn");
    expect(slaTone("CASH_AVAILABLE", ago(24 * 60), NOW)).toBe("warn");
    expect(slaTone("CASH_AVAILABLE", ago(24 * 60 + 1), NOW)).toBe("bad");
    expect(slaTone("EXECUTED", ago(5000), NOW)).toBe("neutral");
    expect(formatAge(ago(5), NOW)).toBe("5 min");
    expect(formatAge(ago(125), NOW)).toBe("2 h 5 min");
    expect(formatAge(ago(26 * 60), NOW)).toBe("1 d 2 h");
  });
});

describe("decisionReasons uses the state machine's own words", () => {
  it("lets staff prepare, and keeps approval to admins", () => {
    expect(decisionReasons(ready, staff)).toEqual({
      prepare: null,
      approve: "Only an admin can approve a withdrawal.",
      reject: "Only an admin can reject a withdrawal.",
    });
  });

  it("refuses the maker the approval (four eyes) but lets another admin approve", () => {
    const prepared = { ...ready, makerId: admin.id };
    expect(decisionReasons(prepared, admin).approve).toBe(
      "You prepared this withdrawal, so another admin must approve it (four-eyes rule).",
    );
    expect(decisionReasons(prepared, admin).prepare).toBe("This withdrawal has already been prepared.");
    expect(decisionReasons(prepared, { id: "admin-2", role: "ADMIN" })).toEqual({
      prepare: "This withdrawal has already been prepared.",
      approve: null,
      reject: null,
    });
  });

  it("explains why nothing can be decided on a closed request", () => {
    const r = decisionReasons({ ...ready, state: "EXECUTED", makerId: "x" }, admin);
    expect(r.approve).toBe("This withdrawal is executed and cannot be approved now.");
    expect(r.reject).toBe("This withdrawal is executed and can no longer change.");
  });
});
