import type { OnboardingCaseStatus } from "@/generated/prisma/enums";
import { RuleError } from "@/lib/errors";

/**
 * The case workflow, pure. The provider's events move a case that is still open; a
 * decision (APPROVED, REJECTED) is ours and stays, and later events only join the
 * timeline. The UI shows the same reasons the data layer enforces.
 */
export const OPEN_STATUSES: OnboardingCaseStatus[] = ["NEW", "IN_REVIEW", "WAITING_ON_CUSTOMER"];
export const isOpen = (status: OnboardingCaseStatus) => OPEN_STATUSES.includes(status);

export const STATUS_LABELS: Record<OnboardingCaseStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  WAITING_ON_CUSTOMER: "Waiting on customer",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

export const APPROVE_REASONS = ["Identity and documents verified", "Provider checks passed", "Risk accepted after review"] as const;
export const REJECT_REASONS = [
  "Identity could not be verified",
  "Documents insufficient or forged",
  "Sanctions or PEP match",
  "Outside the bank's risk appetite",
  "Customer withdrew",
] as const;

export class CaseRuleError extends RuleError {}

type CaseState = { status: OnboardingCaseStatus; assigneeId: string | null; providerReady: boolean };

/** Where an open case goes when the customer is waited on, or when the wait is over. */
export function statusAfterProviderChange(current: CaseState, waitingOnCustomer: boolean): OnboardingCaseStatus {
  if (!isOpen(current.status)) return current.status;
  if (waitingOnCustomer) return "WAITING_ON_CUSTOMER";
  if (current.status === "WAITING_ON_CUSTOMER") return current.assigneeId ? "IN_REVIEW" : "NEW";
  return current.status;
}

/** Why `userId` may not do each thing (null = allowed). */
export function caseActionReasons(c: CaseState, userId: string) {
  const closed = isOpen(c.status) ? null : "The case is decided.";
  const notMine = c.assigneeId !== userId ? "Claim the case first." : null;
  return {
    claim: closed ?? (c.assigneeId === userId ? "You already hold this case." : c.assigneeId ? "Another reviewer holds this case." : null),
    release: closed ?? notMine,
    approve:
      closed ??
      notMine ??
      (c.status === "WAITING_ON_CUSTOMER" ? "The case is waiting on the customer." : null) ??
      (c.providerReady ? null : "The provider does not show the customer ready yet."),
    reject: closed ?? notMine,
  };
}

/**
 * Why a high-risk approval the holder asked for can no longer be applied (null = it can):
 * the second reviewer approves what the holder saw, not a case that has moved on since.
 */
export function changedSinceApprovalAsked(c: CaseState & { decidedAt: Date | null }, holderId: string): string | null {
  if (c.decidedAt || !isOpen(c.status)) return `it is already decided (${STATUS_LABELS[c.status]}).`;
  if (c.status !== "IN_REVIEW") return `it is no longer in review (${STATUS_LABELS[c.status]}).`;
  if (c.assigneeId !== holderId) return "the reviewer who asked no longer holds it.";
  if (!c.providerReady) return "the provider no longer shows the customer ready.";
  return null;
}

export type CaseActionReasons = ReturnType<typeof caseActionReasons>;

export function check(reason: string | null) {
  if (reason) throw new CaseRuleError(reason);
}
