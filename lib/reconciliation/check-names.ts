/**
 * Every check's stable name: part of each drift item's key, so a rename would orphan items.
 * Kept apart from the checks so the worker's correctors can name them without importing the checks.
 */
export const PENDING_WITHDRAWALS_CHECK = "investsuite.pending-withdrawals";
export const EXECUTED_WITHDRAWALS_CHECK = "investsuite.executed-withdrawals";
export const WITHDRAWAL_TRANSFERS_CHECK = "investsuite.withdrawal-transfers";
export const PORTFOLIO_STATUS_CHECK = "investsuite.portfolio-status";
export const OPEN_ORDERS_CHECK = "wisealpha.open-orders";
export const CUSTOMER_VALIDATION_CHECK = "wisealpha.customer-validation";
export const BALANCES_CHECK = "wisealpha.balances";
export const WISEALPHA_WITHDRAWALS_CHECK = "wisealpha.withdrawals";
export const CASHLINK_INVESTMENTS_CHECK = "cashlink.investments";
export const CASHLINK_INVITATIONS_CHECK = "cashlink.invitations";
export const EVENT_GAPS_CHECK = "events.wisealpha-gaps";
export const UNPROCESSED_EVENTS_CHECK = "events.unprocessed";

export const ALL_CHECK_NAMES = [
  PENDING_WITHDRAWALS_CHECK,
  EXECUTED_WITHDRAWALS_CHECK,
  WITHDRAWAL_TRANSFERS_CHECK,
  PORTFOLIO_STATUS_CHECK,
  OPEN_ORDERS_CHECK,
  CUSTOMER_VALIDATION_CHECK,
  BALANCES_CHECK,
  WISEALPHA_WITHDRAWALS_CHECK,
  CASHLINK_INVESTMENTS_CHECK,
  CASHLINK_INVITATIONS_CHECK,
  EVENT_GAPS_CHECK,
  UNPROCESSED_EVENTS_CHECK,
] as const;

export type CheckName = (typeof ALL_CHECK_NAMES)[number];

/** Each check in words, for /reconciliation (the stable name stays in the URL and the title). */
export const CHECK_LABELS: Record<CheckName, string> = {
  [PENDING_WITHDRAWALS_CHECK]: "InvestSuite: pending withdrawals against our open requests",
  [EXECUTED_WITHDRAWALS_CHECK]: "InvestSuite: cash after each payout",
  [WITHDRAWAL_TRANSFERS_CHECK]: "InvestSuite: one cash transfer per payout",
  [PORTFOLIO_STATUS_CHECK]: "InvestSuite: portfolio status changes we never received",
  [OPEN_ORDERS_CHECK]: "WiseAlpha: open orders against our order book",
  [CUSTOMER_VALIDATION_CHECK]: "WiseAlpha: customer validation against our snapshot",
  [BALANCES_CHECK]: "WiseAlpha: balances against the sum of transactions",
  [WISEALPHA_WITHDRAWALS_CHECK]: "WiseAlpha: our withdrawals against their Withdrawal transactions",
  [CASHLINK_INVESTMENTS_CHECK]: "Cashlink: investments against our requests",
  [CASHLINK_INVITATIONS_CHECK]: "Cashlink: invitations against onboarding cases",
  [EVENT_GAPS_CHECK]: "Events: WiseAlpha feed against webhooks received",
  [UNPROCESSED_EVENTS_CHECK]: "Events: received but not processed",
};

/** A check's words; a name we no longer know (a renamed check's old items) shows as it is. */
export function checkLabel(name: string): string {
  return (CHECK_LABELS as Record<string, string>)[name] ?? name;
}
