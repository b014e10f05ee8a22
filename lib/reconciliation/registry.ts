import { cashlinkInvestments } from "./checks/cashlink-investments";
import { cashlinkInvitations } from "./checks/cashlink-invitations";
import { wiseAlphaEventGaps } from "./checks/events-gaps";
import { unprocessedEvents } from "./checks/events-unprocessed";
import { investSuiteExecutedWithdrawals } from "./checks/investsuite-executed-withdrawals";
import { investSuitePendingWithdrawals } from "./checks/investsuite-pending-withdrawals";
import { investSuitePortfolioStatus } from "./checks/investsuite-portfolio-status";
import { investSuiteWithdrawalTransfers } from "./checks/investsuite-withdrawal-transfers";
import { wiseAlphaBalances } from "./checks/wisealpha-balances";
import { wiseAlphaCustomerValidation } from "./checks/wisealpha-customer-validation";
import { wiseAlphaOpenOrders } from "./checks/wisealpha-open-orders";
import { wiseAlphaWithdrawals } from "./checks/wisealpha-withdrawals";
import type { ReconciliationCheck } from "./types";

/** Every check, in the order a full run takes them (the WiseAlpha ones together: they share their reads). */
export const ALL_CHECKS: readonly ReconciliationCheck[] = [
  investSuitePendingWithdrawals,
  investSuiteExecutedWithdrawals,
  investSuiteWithdrawalTransfers,
  investSuitePortfolioStatus,
  wiseAlphaOpenOrders,
  wiseAlphaCustomerValidation,
  wiseAlphaBalances,
  wiseAlphaWithdrawals,
  cashlinkInvestments,
  cashlinkInvitations,
  wiseAlphaEventGaps,
  unprocessedEvents,
];

/** Checks by name (a comma-separated list, e.g. from RECONCILIATION_CHECKS); empty or "all" means every check. */
export function selectChecks(names: string | undefined | null): ReconciliationCheck[] {
  const wanted = (names ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  if (wanted.length === 0 || wanted.includes("all")) return [...ALL_CHECKS];
  const unknown = wanted.filter((n) => !ALL_CHECKS.some((c) => c.name === n));
  if (unknown.length > 0) throw new Error(`Unknown reconciliation check(s): ${unknown.join(", ")}.`);
  return ALL_CHECKS.filter((c) => wanted.includes(c.name));
}
