import { describe, expect, it } from "vitest";

import {
  assertTransition,
  canTransition,
  checkApproval,
  checkPrepare,
  checkReject,
  WITHDRAWAL_STATES,
  WithdrawalRuleError,
} from "./state-machine";

const staff = { id: "u-staff", role: "STAFF" } as const;
const admin1 = { id: "u-admin1", role: "ADMIN" } as const;
const admin2 = { id: "u-admin2", role: "ADMIN" } as const;
const compliance = { id: "u-comp", role: "COMPLIANCE" } as const;

describe("transitions", () => {
  it("follow the happy path", () => {
    const path = ["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING", "EXECUTED"] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("never leave a terminal state", () => {
    for (const from of ["EXECUTED", "REJECTED", "CANCELLED"] as const) {
      for (const to of WITHDRAWAL_STATES) expect(canTransition(from, to)).toBe(false);
    }
    expect(() => assertTransition("EXECUTED", "EXECUTING")).toThrow("This withdrawal is executed and can no longer change.");
  });

  it("cannot skip approval or cancel an approved request", () => {
    expect(canTransition("CASH_AVAILABLE", "EXECUTING")).toBe(false);
    expect(canTransition("REQUESTED", "APPROVED")).toBe(false);
    expect(() => assertTransition("APPROVED", "CANCELLED")).toThrow(
      "This withdrawal is approved and cannot become cancelled (it can become executing).",
    );
  });

  it("lets a failed execution resume with EXECUTING", () => {
    expect(canTransition("FAILED", "EXECUTING")).toBe(true);
  });
});

describe("four eyes", () => {
  const prepared = { state: "CASH_AVAILABLE", makerId: staff.id, approverIds: [], requiredApprovals: 1 } as const;

  it("a different admin approves what staff prepared", () => {
    expect(checkApproval(prepared, admin1)).toEqual({ completes: true });
  });

  it("the maker can never approve, even as an admin", () => {
    expect(() => checkApproval({ ...prepared, makerId: admin1.id }, admin1)).toThrow(
      "You prepared this withdrawal, so another admin must approve it (four-eyes rule).",
    );
    expect(checkApproval({ ...prepared, makerId: admin1.id }, admin2)).toEqual({ completes: true });
  });

  it("staff and compliance cannot approve", () => {
    expect(() => checkApproval(prepared, staff)).toThrow(WithdrawalRuleError);
    expect(() => checkApproval(prepared, compliance)).toThrow("Only an admin can approve a withdrawal.");
  });

  it("nothing is approved before it is prepared and its cash is available", () => {
    expect(() => checkApproval({ ...prepared, makerId: null }, admin1)).toThrow("must be prepared");
    expect(() => checkApproval({ ...prepared, state: "REQUESTED" }, admin1)).toThrow(
      "This withdrawal is requested and cannot be approved now.",
    );
  });

  it("above the threshold two distinct admins approve", () => {
    const big = { ...prepared, requiredApprovals: 2 };
    expect(checkApproval(big, admin1)).toEqual({ completes: false });
    expect(() => checkApproval({ ...big, approverIds: [admin1.id] }, admin1)).toThrow("already approved");
    expect(checkApproval({ ...big, approverIds: [admin1.id] }, admin2)).toEqual({ completes: true });
  });

  it("reject: a checker admin, never the maker, while it can still be rejected", () => {
    expect(() => checkReject("CASH_AVAILABLE", admin2, admin1.id)).not.toThrow();
    expect(() => checkReject("CASH_AVAILABLE", admin1, admin1.id)).toThrow(
      "You prepared this withdrawal, so another admin must decide on it (four-eyes rule).",
    );
    expect(() => checkReject("CASH_AVAILABLE", staff, null)).toThrow("Only an admin can reject a withdrawal.");
    expect(() => checkReject("EXECUTED", admin2, null)).toThrow("This withdrawal is executed and can no longer change.");
  });

  it("prepare: staff or admin, once, when cash is available", () => {
    expect(() => checkPrepare("CASH_AVAILABLE", staff, null)).not.toThrow();
    expect(() => checkPrepare("CASH_AVAILABLE", compliance, null)).toThrow("Only staff or an admin");
    expect(() => checkPrepare("REQUESTED", staff, null)).toThrow("once its cash is available");
    expect(() => checkPrepare("CASH_AVAILABLE", admin1, staff.id)).toThrow("already been prepared");
  });
});
