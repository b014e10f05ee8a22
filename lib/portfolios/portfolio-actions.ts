import "server-only";

import type { AuditAction } from "@/lib/audit/audit-types";
import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/errors";
import type { PortfolioPatch } from "@/lib/providers/investsuite/client";
import type { BrokerageAccount, Portfolio } from "@/lib/providers/investsuite/transform";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import type { ChangeBrokerageAccountInput } from "@/lib/validations/portfolios-actions";

/**
 * Admin changes to an InvestSuite portfolio. The portfolio lives at the provider, so
 * there is no transaction to share with the audit: each PATCH goes through
 * `auditedProviderWrite`, which commits the intent (ATTEMPTED, with the values) before
 * the call and the outcome after it. These functions are also called by the four-eyes
 * approval path, so their names and signatures stay as they are.
 */

type Change = { action: AuditAction; details: Record<string, unknown> };

/** A provider read changes nothing, so a failure is only the provider's message. */
async function read<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isProviderError(error)) throw error;
    throw new AppError("PROVIDER", error.userMessage);
  }
}

/** The current version, refused early when the provider would refuse the PATCH anyway. */
async function current(portfolioId: string): Promise<Portfolio> {
  const portfolio = await read(() => getInvestSuiteClient().getPortfolio(portfolioId));
  if (portfolio.deleted) throw new AppError("CONFLICT", "This portfolio is deleted at InvestSuite and can no longer be changed.");
  return portfolio;
}

function patch(
  actor: CurrentUser,
  portfolioId: string,
  change: Change,
  body: PortfolioPatch,
  outcome: (after: Portfolio) => Record<string, unknown>,
): Promise<Portfolio> {
  return auditedProviderWrite(
    { actor, provider: "investsuite", action: change.action, targetType: "portfolio", targetId: portfolioId, details: change.details },
    () => getInvestSuiteClient().patchPortfolio(portfolioId, body),
    (after) => ({ result: after, details: outcome(after) }),
  );
}

const versionOf = (p: Portfolio) => ({ version: p.version, status: p.status });

async function setActive(actor: CurrentUser, portfolioId: string, reason: string, active: boolean) {
  const change: Change = { action: active ? "portfolio.unblocked" : "portfolio.blocked", details: { reason } };
  const before = await current(portfolioId);
  const wasActive = before.config.manager_settings.active !== false;
  if (wasActive === active)
    throw new AppError("CONFLICT", active ? "This portfolio is not blocked." : "This portfolio is already blocked.");
  change.details.before = { active: wasActive, ...versionOf(before) };
  // Seed 002 "Block portfolio": settings are merged key by key, so only `active` is sent.
  const after = await patch(actor, portfolioId, change, { config: { manager_settings: { active } } }, (after) => ({
    after: { active: after.config.manager_settings.active !== false, ...versionOf(after) },
  }));
  return { version: after.version, status: after.status };
}

export const blockPortfolio = (actor: CurrentUser, portfolioId: string, reason: string) => setActive(actor, portfolioId, reason, false);
export const unblockPortfolio = (actor: CurrentUser, portfolioId: string, reason: string) => setActive(actor, portfolioId, reason, true);

const accountView = (a: BrokerageAccount | null | undefined) =>
  a
    ? {
        bank_account_type: a.bank_account_type ?? null,
        bank_account_number: a.bank_account_number ?? null,
        bank_id: a.bank_id ?? null,
        payment_reference: a.payment_reference ?? null,
      }
    : null;

export async function changeBrokerageAccount(
  actor: CurrentUser,
  portfolioId: string,
  input: Omit<ChangeBrokerageAccountInput, "portfolioId">,
) {
  const change: Change = { action: "portfolio.brokerage_account_changed", details: {} };
  const before = await current(portfolioId);
  const old = before.brokerage_account ?? null;
  // The provider replaces brokerage_account whole (seed 002), so the broker's own ids are carried over.
  const next: BrokerageAccount = {
    brokerage_portfolio_id: old?.brokerage_portfolio_id ?? null,
    brokerage_user_id: old?.brokerage_user_id ?? null,
    bank_account_type: "IBAN",
    bank_account_number: input.iban,
    bank_id: input.bic,
    payment_reference: input.paymentReference,
  };
  if (JSON.stringify(accountView(old)) === JSON.stringify(accountView(next))) {
    throw new AppError("CONFLICT", "The brokerage account already has these details; nothing was changed.");
  }
  change.details = { before: accountView(old), after: accountView(next) };
  const after = await patch(actor, portfolioId, change, { brokerage_account: next }, (after) => ({ version: versionOf(after) }));
  return { version: after.version, status: after.status };
}

export async function setFundedSince(actor: CurrentUser, portfolioId: string, fundedSince: string) {
  const change: Change = { action: "portfolio.funded_since_set", details: { before: null, after: fundedSince } };
  const before = await current(portfolioId);
  // Seed 002: set on the first funding and never changed afterwards; InvestSuite would answer 422.
  if (before.funded_since) {
    throw new AppError("CONFLICT", `funded_since is already set (${before.funded_since}). InvestSuite allows setting it only once.`);
  }
  const after = await patch(actor, portfolioId, change, { funded_since: fundedSince }, (after) => ({ version: versionOf(after) }));
  return { version: after.version, status: after.status, fundedSince: after.funded_since ?? fundedSince };
}
