import type { Role } from "@/generated/prisma/enums";
import Decimal from "decimal.js";

import { parsePolicy } from "@/lib/withdrawals/approval-policy";

import type { Permission } from "./permissions";

/**
 * The four-eyes table, beside the permission table: which sensitive actions one person
 * cannot complete alone. `request` may ask for it, `approve` may decide it, and the
 * approver must be eligible (lib/four-eyes/eligibility.ts: not the requester, not an
 * account the requester created, promoted or reset within FOUR_EYES_COOLING_OFF_HOURS).
 *
 * `enforcedBy` says where the second person is enforced, so the table cannot claim a
 * control that does not exist:
 * - "change-request": the action only files a ChangeRequest; approval runs it (lib/four-eyes/).
 * - "withdrawal-flow": the withdrawal's own maker/checker flow (lib/withdrawals/decide-withdrawal.ts).
 * - "deposit-flow": the deposit's own record/approve flow (lib/deposits/decide-deposit.ts).
 * - "not-wired": policy decided, action not yet routed through a change request (see README).
 */
export type FourEyesRule = {
  description: string;
  request: Permission;
  approve: Permission;
  condition: string;
  enforcedBy: "change-request" | "withdrawal-flow" | "deposit-flow" | "not-wired";
};

export const FOUR_EYES_POLICY = {
  "user.create_admin": {
    description: "Create an ADMIN account",
    request: "users.manage",
    approve: "users.manage",
    condition: "The new account's role is ADMIN; STAFF and COMPLIANCE accounts are created directly.",
    enforcedBy: "change-request",
  },
  "user.promote_admin": {
    description: "Promote a user to ADMIN",
    request: "users.manage",
    approve: "users.manage",
    condition: "The new role is ADMIN and the old one was not; other role changes are direct.",
    enforcedBy: "change-request",
  },
  "user.reset_password": {
    description: "Reset another user's password",
    request: "users.manage",
    approve: "users.manage",
    condition: "Always; the user must choose a new password at the next sign-in.",
    enforcedBy: "change-request",
  },
  "user.reset_second_factor": {
    description: "Reset another user's second factor",
    request: "users.manage",
    approve: "users.manage",
    condition: "Always; removes the TOTP secret and recovery codes so the user enrols again.",
    enforcedBy: "change-request",
  },
  "withdrawal.approve": {
    description: "Approve a withdrawal (pay out)",
    request: "withdrawals.prepare",
    approve: "withdrawals.decide",
    condition: "Always: the maker prepares, another admin approves (two above WITHDRAWAL_DUAL_APPROVAL_ABOVE).",
    enforcedBy: "withdrawal-flow",
  },
  "deposit.approve": {
    description: "Approve a recorded deposit (fund a portfolio at InvestSuite)",
    request: "deposits.record",
    approve: "deposits.approve",
    condition: "The deposit's amount is above DEPOSIT_FOUR_EYES_ABOVE; at or below it the deposit is sent without a second person.",
    enforcedBy: "deposit-flow",
  },
  "portfolio.change_brokerage_account": {
    description: "Change a portfolio's payout bank account (InvestSuite brokerage account)",
    request: "portfolios.edit",
    approve: "portfolios.edit",
    condition: "Always: a new IBAN redirects the customer's payouts.",
    enforcedBy: "change-request",
  },
  "portfolio.block": {
    description: "Block a portfolio",
    request: "portfolios.block",
    approve: "portfolios.block",
    condition: "Always: blocking stops the customer's portfolio.",
    enforcedBy: "change-request",
  },
  "portfolio.unblock": {
    description: "Unblock a portfolio",
    request: "portfolios.block",
    approve: "portfolios.block",
    condition: "Always: a block is usually a fraud or compliance hold.",
    enforcedBy: "change-request",
  },
  "portfolio.close": {
    description: "Close (delete) a portfolio",
    request: "portfolios.close",
    approve: "portfolios.close",
    condition: "Always: a deleted portfolio can never be changed again (seed 002), so it weighs more than a block.",
    enforcedBy: "change-request",
  },
  "order.place_above_limit": {
    description: "Place an order above the configured amount",
    request: "orders.trade",
    approve: "orders.trade",
    condition: "The order's amount is above ORDER_FOUR_EYES_ABOVE for its currency.",
    enforcedBy: "change-request",
  },
  "robowise.fund_above_limit": {
    description: "Fund a WiseAlpha robowise portfolio above the configured amount",
    request: "orders.trade",
    approve: "orders.trade",
    condition:
      "The amount is above ORDER_FOUR_EYES_ABOVE for its currency: robowise invests what it is given at once, so funding is an order by another name. Withdrawing back to the parent account and bank transfer instructions are direct.",
    enforcedBy: "change-request",
  },
  "onboarding_case.decide_high_risk": {
    description: "Decide a high-risk onboarding case",
    request: "onboarding.review",
    approve: "onboarding.review",
    condition:
      'Approval only, when lib/onboarding/high-risk.ts says so: WiseAlpha\'s AML check not passed, WiseAlpha blocking withdrawals, no readable profile, or the reason "Risk accepted after review". Rejection is direct.',
    enforcedBy: "change-request",
  },
} as const satisfies Record<string, FourEyesRule>;

export type FourEyesKind = keyof typeof FOUR_EYES_POLICY;

export function isFourEyesKind(value: string): value is FourEyesKind {
  return Object.hasOwn(FOUR_EYES_POLICY, value);
}

/** Conditions of the conditional rows, as code, so the actions and the table cannot drift apart. */
export const FOUR_EYES_CONDITIONS = {
  createUser: (role: string) => role === "ADMIN",
  changeRole: (from: string, to: string) => to === "ADMIN" && from !== "ADMIN",
  /** `thresholds` is ORDER_FOUR_EYES_ABOVE, e.g. `EUR:50000`; a currency without a threshold needs no second person. */
  placeOrder: (thresholds: string, currency: string, amount: string) => {
    const threshold = parsePolicy(thresholds).get(currency.toUpperCase());
    return threshold !== undefined && new Decimal(amount).greaterThan(threshold);
  },
} as const;

/** Whether a role change needs a second admin; when it does, the user is not an admin yet (narrowed for the request's payload). */
export function roleChangeNeedsFourEyes(from: Role, to: Role): from is Exclude<Role, "ADMIN"> {
  return FOUR_EYES_CONDITIONS.changeRole(from, to);
}
