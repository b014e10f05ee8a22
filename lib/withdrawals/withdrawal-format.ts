import Decimal from "decimal.js";

import {
  checkApproval,
  checkPrepare,
  checkReject,
  OPEN_STATES,
  WithdrawalRuleError,
  type Actor,
  type WithdrawalState,
} from "@/lib/withdrawals/state-machine";

/** Exact decimal text with its currency; a full withdrawal has no amount until it is paid. */
export function formatWithdrawalAmount(amount: { toString(): string } | null, currency: string, isFull: boolean): string {
  if (isFull) return "Full withdrawal";
  if (amount === null) return "—";
  return `${new Decimal(amount.toString()).toFixed()} ${currency}`;
}

export type SlaTone = "neutral" | "warn" | "bad";

const HOUR = 3_600_000;

/** SLA for requests still waiting on us: under 4 h fine, 4–24 h amber, over 24 h red. Closed ones are never late. */
export function slaTone(state: WithdrawalState, createdAt: Date, now: Date): SlaTone {
  if (!OPEN_STATES.includes(state)) return "neutral";
  const age = now.getTime() - createdAt.getTime();
  return age > 24 * HOUR ? "bad" : age >= 4 * HOUR ? "warn" : "neutral";
}

/** "3 min", "5 h 12 min", "2 d 4 h": coarse enough to read at a glance. */
export function formatAge(createdAt: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** The rule's own message, or null when the rule allows it: the UI shows exactly what the server would answer. */
function reasonOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof WithdrawalRuleError) return error.message;
    throw error;
  }
}

export type DecisionInput = { state: WithdrawalState; makerId: string | null; approverIds: readonly string[]; requiredApprovals: number };

/** Why each button is disabled for this user (null = enabled), from the same state machine the actions use. */
export function decisionReasons(w: DecisionInput, actor: Actor) {
  return {
    prepare: reasonOf(() => checkPrepare(w.state, actor, w.makerId)),
    approve: reasonOf(() => checkApproval(w, actor)),
    // Same order and words as rejectWithdrawal: the role first, then the state machine.
    reject: reasonOf(() => checkReject(w.state, actor, w.makerId)),
  };
}
export type DecisionReasons = ReturnType<typeof decisionReasons>;
