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
