import type { Role } from "@/generated/prisma/enums";
import { hasPermission } from "@/lib/auth/permissions";
import { RuleError } from "@/lib/errors";

/**
 * Withdrawal request states and the rules between them, with no I/O so every rule
 * is unit tested. The data layer calls `assertTransition` / `checkApproval` inside
 * the transaction that changes the row (with the row locked), so a rule cannot be
 * bypassed by a second request racing the first.
 */
export const WITHDRAWAL_STATES = [
  "REQUESTED",
  "CASH_AVAILABLE",
  "APPROVED",
  "EXECUTING",
  "EXECUTED",
  "REJECTED",
  "FAILED",
  "CANCELLED",
] as const;
export type WithdrawalState = (typeof WITHDRAWAL_STATES)[number];

const TRANSITIONS: Record<WithdrawalState, readonly WithdrawalState[]> = {
  REQUESTED: ["CASH_AVAILABLE", "REJECTED", "CANCELLED"],
  CASH_AVAILABLE: ["APPROVED", "REJECTED", "CANCELLED"],
  // Once approved, only execution moves it on: cancelling now could race the payout.
  APPROVED: ["EXECUTING"],
  EXECUTING: ["EXECUTED", "FAILED"],
  // A retryable failure goes back to EXECUTING with the same idempotency key.
  FAILED: ["EXECUTING", "REJECTED"],
  EXECUTED: [],
  REJECTED: [],
  CANCELLED: [],
};

export const OPEN_STATES: readonly WithdrawalState[] = ["REQUESTED", "CASH_AVAILABLE"];
export const TERMINAL_STATES: readonly WithdrawalState[] = ["EXECUTED", "REJECTED", "CANCELLED"];

export class WithdrawalRuleError extends RuleError {}

export function canTransition(from: WithdrawalState, to: WithdrawalState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: WithdrawalState, to: WithdrawalState): void {
  if (!canTransition(from, to)) {
    const allowed = TRANSITIONS[from];
    throw new WithdrawalRuleError(
      allowed.length === 0
        ? `This withdrawal is ${from.toLowerCase()} and can no longer change.`
        : `This withdrawal is ${from.toLowerCase()} and cannot become ${to.toLowerCase()} (it can become ${allowed.map((s) => s.toLowerCase()).join(" or ")}).`,
    );
  }
}

export type Actor = { id: string; role: Role };

/** Maker: whoever holds withdrawals.prepare (staff, admins) prepares a request whose cash is available. */
export function checkPrepare(state: WithdrawalState, actor: Actor, makerId: string | null): void {
  if (!hasPermission(actor.role, "withdrawals.prepare")) throw new WithdrawalRuleError("Only staff or an admin can prepare a withdrawal.");
  if (state !== "CASH_AVAILABLE") throw new WithdrawalRuleError("A withdrawal can be prepared once its cash is available.");
  if (makerId) throw new WithdrawalRuleError("This withdrawal has already been prepared.");
}

export type ApprovalCheck = { state: WithdrawalState; makerId: string | null; approverIds: readonly string[]; requiredApprovals: number };

/**
 * Checker (four eyes): someone holding withdrawals.decide (an admin) who is not the maker and has not approved yet.
 * Returns whether this approval completes the set (then the state becomes APPROVED).
 */
export function checkApproval(check: ApprovalCheck, actor: Actor): { completes: boolean } {
  if (!hasPermission(actor.role, "withdrawals.decide")) throw new WithdrawalRuleError("Only an admin can approve a withdrawal.");
  if (check.state !== "CASH_AVAILABLE")
    throw new WithdrawalRuleError(`This withdrawal is ${check.state.toLowerCase()} and cannot be approved now.`);
  if (!check.makerId) throw new WithdrawalRuleError("This withdrawal must be prepared before it can be approved.");
  if (check.makerId === actor.id)
    throw new WithdrawalRuleError("You prepared this withdrawal, so another admin must approve it (four-eyes rule).");
  if (check.approverIds.includes(actor.id))
    throw new WithdrawalRuleError("You have already approved this withdrawal; it needs another admin.");
  return { completes: check.approverIds.length + 1 >= check.requiredApprovals };
}

/** Checker only: an ADMIN who did not prepare it rejects (the maker cannot decide either way). */
export function checkReject(state: WithdrawalState, actor: Actor, makerId: string | null): void {
  if (!hasPermission(actor.role, "withdrawals.decide")) throw new WithdrawalRuleError("Only an admin can reject a withdrawal.");
  if (makerId === actor.id)
    throw new WithdrawalRuleError("You prepared this withdrawal, so another admin must decide on it (four-eyes rule).");
  assertTransition(state, "REJECTED");
}
