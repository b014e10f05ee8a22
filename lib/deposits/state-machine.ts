import type { Role } from "@/generated/prisma/enums";
import { hasPermission } from "@/lib/auth/permissions";
import { RuleError } from "@/lib/errors";

/**
 * Deposit states and the rules between them, with no I/O so every rule is unit tested.
 * The data layer calls these inside the transaction that changes the row (with the row
 * locked), so a second request racing the first cannot bypass a rule.
 *
 * RECORDED is where every deposit starts (the timeline shows who recorded it); in the same
 * transaction it moves on to AWAITING_APPROVAL (above DEPOSIT_FOUR_EYES_ABOVE) or straight
 * to READY_TO_SEND. An approval is AWAITING_APPROVAL → READY_TO_SEND with the approver named.
 */
export const DEPOSIT_STATES = ["RECORDED", "AWAITING_APPROVAL", "READY_TO_SEND", "SENDING", "SENT", "FAILED", "REJECTED"] as const;
export type DepositState = (typeof DEPOSIT_STATES)[number];

const TRANSITIONS: Record<DepositState, readonly DepositState[]> = {
  RECORDED: ["AWAITING_APPROVAL", "READY_TO_SEND"],
  AWAITING_APPROVAL: ["READY_TO_SEND", "REJECTED"],
  // Once ready, only the worker moves it on: rejecting now could race the send.
  READY_TO_SEND: ["SENDING"],
  // A retry stays SENDING (same Idempotency-Key); FAILED is InvestSuite's refusal for good.
  SENDING: ["SENT", "FAILED"],
  SENT: [],
  FAILED: [],
  REJECTED: [],
};

/** States the worker still has work in (the list refreshes itself while one is shown). */
export const IN_FLIGHT_STATES: readonly DepositState[] = ["READY_TO_SEND", "SENDING"];

export class DepositRuleError extends RuleError {}

export function canTransition(from: DepositState, to: DepositState): boolean {
  return TRANSITIONS[from].includes(to);
}

const words = (state: DepositState) => state.toLowerCase().replaceAll("_", " ");

export function assertTransition(from: DepositState, to: DepositState): void {
  if (canTransition(from, to)) return;
  const allowed = TRANSITIONS[from];
  throw new DepositRuleError(
    allowed.length === 0
      ? `This deposit is ${words(from)} and can no longer change.`
      : `This deposit is ${words(from)} and cannot become ${words(to)} (it can become ${allowed.map(words).join(" or ")}).`,
  );
}

export type Actor = { id: string; role: Role };
export type DecisionSubject = { state: DepositState; recordedById: string };

/**
 * Why this person may not approve (null = they may, as far as the row tells; the account-link
 * rule of lib/four-eyes/eligibility.ts is checked beside it). The same words on the page and in the action.
 */
export function approveRefusal(deposit: DecisionSubject, actor: Actor): string | null {
  if (!hasPermission(actor.role, "deposits.approve")) return "Only an admin can approve a deposit.";
  if (deposit.state !== "AWAITING_APPROVAL") return `This deposit is ${words(deposit.state)} and cannot be approved now.`;
  if (deposit.recordedById === actor.id) return "You recorded this deposit, so another admin must approve it (four-eyes rule).";
  return null;
}

/** Rejecting is a checker's decision too: an admin who did not record it, while it awaits approval. */
export function rejectRefusal(deposit: DecisionSubject, actor: Actor): string | null {
  if (!hasPermission(actor.role, "deposits.approve")) return "Only an admin can reject a deposit.";
  if (deposit.state !== "AWAITING_APPROVAL") return `This deposit is ${words(deposit.state)} and cannot be rejected now.`;
  if (deposit.recordedById === actor.id) return "You recorded this deposit, so another admin must decide on it (four-eyes rule).";
  return null;
}

export function checkApprove(deposit: DecisionSubject, actor: Actor): void {
  const refusal = approveRefusal(deposit, actor);
  if (refusal) throw new DepositRuleError(refusal);
  assertTransition(deposit.state, "READY_TO_SEND");
}

export function checkReject(deposit: DecisionSubject, actor: Actor): void {
  const refusal = rejectRefusal(deposit, actor);
  if (refusal) throw new DepositRuleError(refusal);
  assertTransition(deposit.state, "REJECTED");
}
