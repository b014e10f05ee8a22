import { describe, expect, it } from "vitest";

import { caseActionReasons, changedSinceApprovalAsked, statusAfterProviderChange } from "./case-rules";

describe("case rules", () => {
  it("a provider rejection puts an open case on the customer; the wait ends back with the reviewer", () => {
    expect(statusAfterProviderChange({ status: "IN_REVIEW", assigneeId: "u1", providerReady: false }, true)).toBe("WAITING_ON_CUSTOMER");
    expect(statusAfterProviderChange({ status: "WAITING_ON_CUSTOMER", assigneeId: "u1", providerReady: false }, false)).toBe("IN_REVIEW");
    expect(statusAfterProviderChange({ status: "WAITING_ON_CUSTOMER", assigneeId: null, providerReady: false }, false)).toBe("NEW");
  });

  it("a decided case stays decided whatever the provider says", () => {
    expect(statusAfterProviderChange({ status: "APPROVED", assigneeId: "u1", providerReady: true }, true)).toBe("APPROVED");
    expect(statusAfterProviderChange({ status: "REJECTED", assigneeId: null, providerReady: false }, false)).toBe("REJECTED");
  });

  it("only the holder decides, and approval needs the provider's readiness", () => {
    const held = { status: "IN_REVIEW" as const, assigneeId: "u1", providerReady: false };
    expect(caseActionReasons(held, "u2")).toMatchObject({ claim: "Another reviewer holds this case.", approve: "Claim the case first." });
    expect(caseActionReasons(held, "u1").approve).toBe("The provider does not show the customer ready yet.");
    expect(caseActionReasons({ ...held, providerReady: true }, "u1")).toMatchObject({ approve: null, reject: null, release: null });
    expect(caseActionReasons({ ...held, status: "APPROVED" }, "u1").reject).toBe("The case is decided.");
  });

  it("a high-risk approval applies only to the case as the holder left it", () => {
    const asked = { status: "IN_REVIEW" as const, assigneeId: "u1", providerReady: true, decidedAt: null };
    expect(changedSinceApprovalAsked(asked, "u1")).toBeNull();
    expect(changedSinceApprovalAsked({ ...asked, status: "REJECTED", decidedAt: new Date() }, "u1")).toBe(
      "it is already decided (Rejected).",
    );
    expect(changedSinceApprovalAsked({ ...asked, decidedAt: new Date() }, "u1")).toBe("it is already decided (In review).");
    expect(changedSinceApprovalAsked({ ...asked, status: "WAITING_ON_CUSTOMER" }, "u1")).toBe(
      "it is no longer in review (Waiting on customer).",
    );
    expect(changedSinceApprovalAsked({ ...asked, assigneeId: "u2" }, "u1")).toBe("the reviewer who asked no longer holds it.");
    expect(changedSinceApprovalAsked({ ...asked, providerReady: false }, "u1")).toBe("the provider no longer shows the customer ready.");
  });
});
