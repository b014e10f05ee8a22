import "server-only";

import type { CurrentUser } from "@/lib/auth/session";
import { applyPasswordReset, applyRoleChange, applySecondFactorReset, insertUser, type Doer } from "@/lib/users/account-changes";
import { applyApprovedHighRisk, recordHighRiskClosed } from "@/lib/onboarding/case-decision";
import { blockPortfolio, changeBrokerageAccount, unblockPortfolio } from "@/lib/portfolios/portfolio-actions";
import { closePortfolio } from "@/lib/portfolios/portfolio-lifecycle";
import type { Tx } from "@/lib/db";
import { placeApprovedOrder } from "@/lib/four-eyes/orders";
import { fundApprovedRobowise } from "@/lib/wisealpha-accounts/robowise-writes";
import { PAYLOADS, type ChangeKindWithPayload, type PayloadOf } from "@/lib/validations/four-eyes";

/**
 * What each change-request kind is: how it reads in a list (never a secret), which
 * account it is about (that account cannot approve it), and how it runs once approved.
 * "db" kinds run inside the approval's transaction, so the state change, the effect and
 * the audit entries commit together. "provider" kinds are thin: the approval (intent) is
 * committed first, then the existing domain function calls the provider and audits, then
 * the outcome is recorded.
 */
export type ExecutionContext = { approver: CurrentUser; requestedById: string; changeRequestId: string };

type Shown = { summary: string; values: Record<string, string | null>; target: { type: string; id: string } };

/** How a request ended without running: who ended it (null when it expired) and why. */
export type Closed = {
  state: "REJECTED" | "CANCELLED" | "EXPIRED";
  by: CurrentUser | null;
  reason: string | null;
  changeRequestId: string;
};

type Base<K extends ChangeKindWithPayload> = {
  describe(payload: PayloadOf<K>): Shown;
  subjectUserId?(payload: PayloadOf<K>): string;
  /** Where the change is also shown elsewhere (a case timeline), record there that it will not happen. */
  onClosed?(tx: Tx, closed: Closed, payload: PayloadOf<K>): Promise<void>;
};
export type ChangeKind<K extends ChangeKindWithPayload> = Base<K> &
  (
    | { mode: "db"; execute(tx: Tx, ctx: ExecutionContext, payload: PayloadOf<K>): Promise<Record<string, unknown>> }
    | { mode: "provider"; execute(ctx: ExecutionContext, payload: PayloadOf<K>): Promise<Record<string, unknown>> }
  );

const doer = (ctx: ExecutionContext): Doer => ({ actor: ctx.approver, by: ctx.requestedById, changeRequestId: ctx.changeRequestId });
const user = (id: string) => ({ type: "user", id });

export const CHANGE_KINDS: { [K in ChangeKindWithPayload]: ChangeKind<K> } = {
  "user.create_admin": {
    mode: "db",
    describe: (p) => ({
      summary: `Create ADMIN ${p.email}`,
      values: { email: p.email, name: p.name, role: p.role },
      target: user(p.email),
    }),
    execute: async (tx, ctx, p) => {
      const created = await insertUser(tx, doer(ctx), { email: p.email, name: p.name, role: p.role, passwordHash: p.passwordHash });
      return { userId: created.id };
    },
  },
  "user.promote_admin": {
    mode: "db",
    describe: (p) => ({
      summary: `Promote ${p.email} to ADMIN`,
      values: { email: p.email, from: p.from, to: "ADMIN" },
      target: user(p.userId),
    }),
    subjectUserId: (p) => p.userId,
    execute: async (tx, ctx, p) => {
      await applyRoleChange(tx, doer(ctx), p.userId, "ADMIN");
      return { userId: p.userId, role: "ADMIN" };
    },
  },
  "user.reset_password": {
    mode: "db",
    describe: (p) => ({
      summary: `Reset the password of ${p.email}`,
      values: { email: p.email, password: "(new, hidden)" },
      target: user(p.userId),
    }),
    subjectUserId: (p) => p.userId,
    execute: async (tx, ctx, p) => {
      await applyPasswordReset(tx, doer(ctx), p.userId, p.passwordHash);
      return { userId: p.userId, mustChangePassword: true };
    },
  },
  "user.reset_second_factor": {
    mode: "db",
    describe: (p) => ({ summary: `Reset the second factor of ${p.email}`, values: { email: p.email }, target: user(p.userId) }),
    subjectUserId: (p) => p.userId,
    execute: async (tx, ctx, p) => {
      await applySecondFactorReset(tx, doer(ctx), p.userId);
      return { userId: p.userId };
    },
  },
  "portfolio.block": portfolioWithReason("Block", blockPortfolio),
  "portfolio.unblock": portfolioWithReason("Unblock", unblockPortfolio),
  "portfolio.close": portfolioWithReason("Close", closePortfolio),
  "portfolio.change_brokerage_account": {
    mode: "provider",
    describe: (p) => ({
      summary: `Change the payout account of portfolio ${p.portfolioId}`,
      values: { portfolio: p.portfolioId, iban: p.iban, bic: p.bic, paymentReference: p.paymentReference },
      target: portfolio(p.portfolioId),
    }),
    execute: async (ctx, p) => {
      const { portfolioId, ...account } = p;
      return (await changeBrokerageAccount(ctx.approver, portfolioId, account)) as Record<string, unknown>;
    },
  },
  "order.place_above_limit": {
    mode: "provider",
    describe: (p) => ({
      summary: `Place a ${p.side.toLowerCase()} order of ${p.amount} ${p.currency} for customer ${p.customerRef}`,
      values: { customer: p.customerRef, product: p.productId, side: p.side, amount: `${p.amount} ${p.currency}` },
      target: { type: "order_placement", id: p.placementId },
    }),
    execute: async (ctx, p) => placeApprovedOrder(ctx, p.placementId),
  },
  "robowise.fund_above_limit": {
    mode: "provider",
    describe: (p) => ({
      summary: `Fund robowise portfolio ${p.robowiseId} with ${p.amount} ${p.currency} for customer ${p.customerRef}`,
      values: { customer: p.customerRef, account: p.accountId, portfolio: p.robowiseId, amount: `${p.amount} ${p.currency}` },
      target: { type: "wisealpha_robowise", id: p.robowiseId },
    }),
    execute: async (ctx, p) => fundApprovedRobowise(ctx.approver, p),
  },
  "onboarding_case.decide_high_risk": {
    mode: "db",
    describe: (p) => ({
      summary: `Approve high-risk onboarding case ${p.subject}`,
      values: { case: p.subject, reason: p.reason, comment: p.comment || null, risks: p.risks.join(" ") },
      target: { type: "onboarding_case", id: p.caseId },
    }),
    execute: async (tx, ctx, p) => applyApprovedHighRisk(tx, ctx, p),
    onClosed: (tx, closed, p) => recordHighRiskClosed(tx, closed, p.caseId),
  },
};

function portfolio(id: string) {
  return { type: "portfolio", id };
}

/** Block, unblock and close: a provider call on one portfolio with the requester's reason, read as "<verb> portfolio <id>". */
function portfolioWithReason(
  verb: string,
  run: (actor: CurrentUser, portfolioId: string, reason: string) => Promise<Record<string, unknown>>,
): ChangeKind<"portfolio.block" | "portfolio.unblock" | "portfolio.close"> {
  return {
    mode: "provider",
    describe: (p) => ({
      summary: `${verb} portfolio ${p.portfolioId}`,
      values: { portfolio: p.portfolioId, reason: p.reason },
      target: portfolio(p.portfolioId),
    }),
    execute: async (ctx, p) => run(ctx.approver, p.portfolioId, p.reason),
  };
}

export function isChangeKind(kind: string): kind is ChangeKindWithPayload {
  return Object.hasOwn(CHANGE_KINDS, kind);
}

/** The stored payload parsed again with its kind's schema: a row edited or written by older code cannot run unchecked. */
export function parsePayload<K extends ChangeKindWithPayload>(kind: K, payload: unknown): PayloadOf<K> {
  return PAYLOADS[kind].parse(payload) as PayloadOf<K>;
}
