import "server-only";

import type { AuditAction } from "@/lib/audit/audit-types";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/errors";
import type { PortfolioPatch } from "@/lib/providers/investsuite/client";
import type { BrokerageAccount, Portfolio } from "@/lib/providers/investsuite/schemas";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import type { ChangeBrokerageAccountInput } from "@/lib/validations/portfolios-actions";

/**
 * Admin changes to an InvestSuite portfolio. The portfolio lives at the provider, so
 * there is no transaction to share with the audit entry: the entry is written right
 * after the provider confirms, and a provider failure is audited as FAILURE before the
 * user sees the provider's message.
 */

const actorOf = (actor: CurrentUser) => ({ actorId: actor.id, actorEmail: actor.email, actorRole: actor.role });

type Change = { action: AuditAction; details: Record<string, unknown> };

async function audit(
  actor: CurrentUser,
  portfolioId: string,
  change: Change,
  outcome: "SUCCESS" | "FAILURE",
  extra: Record<string, unknown> = {},
) {
  await writeAudit(getDb(), {
    ...actorOf(actor),
    action: change.action,
    outcome,
    targetType: "portfolio",
    targetId: portfolioId,
    details: { ...change.details, ...extra },
  });
}

/** Runs a provider call; a provider failure becomes an audited FAILURE and an AppError carrying the provider's user message. */
async function atProvider<T>(actor: CurrentUser, portfolioId: string, change: Change, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isProviderError(error)) throw error;
    await audit(actor, portfolioId, change, "FAILURE", { error: { code: error.code, status: error.status, message: error.userMessage } });
    throw new AppError("PROVIDER", error.userMessage);
  }
}

/** The current version, refused early when the provider would refuse the PATCH anyway. */
async function current(actor: CurrentUser, portfolioId: string, change: Change): Promise<Portfolio> {
  const portfolio = await atProvider(actor, portfolioId, change, () => getInvestSuiteClient().getPortfolio(portfolioId));
  if (portfolio.deleted) throw new AppError("CONFLICT", "This portfolio is deleted at InvestSuite and can no longer be changed.");
  return portfolio;
}

async function patch(actor: CurrentUser, portfolioId: string, change: Change, body: PortfolioPatch): Promise<Portfolio> {
  return atProvider(actor, portfolioId, change, () => getInvestSuiteClient().patchPortfolio(portfolioId, body));
}

const versionOf = (p: Portfolio) => ({ version: p.version, status: p.status });

async function setActive(actor: CurrentUser, portfolioId: string, reason: string, active: boolean) {
  const change: Change = { action: active ? "portfolio.unblocked" : "portfolio.blocked", details: { reason } };
  const before = await current(actor, portfolioId, change);
  const wasActive = before.config.manager_settings.active !== false;
  if (wasActive === active)
    throw new AppError("CONFLICT", active ? "This portfolio is not blocked." : "This portfolio is already blocked.");
  // Seed 002 "Block portfolio": settings are merged key by key, so only `active` is sent.
  const after = await patch(actor, portfolioId, change, { config: { manager_settings: { active } } });
  await audit(actor, portfolioId, change, "SUCCESS", {
    before: { active: wasActive, ...versionOf(before) },
    after: { active: after.config.manager_settings.active !== false, ...versionOf(after) },
  });
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
  const before = await current(actor, portfolioId, change);
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
  const after = await patch(actor, portfolioId, change, { brokerage_account: next });
  await audit(actor, portfolioId, change, "SUCCESS", { version: versionOf(after) });
  return { version: after.version, status: after.status };
}

export async function setFundedSince(actor: CurrentUser, portfolioId: string, fundedSince: string) {
  const change: Change = { action: "portfolio.funded_since_set", details: { before: null, after: fundedSince } };
  const before = await current(actor, portfolioId, change);
  // Seed 002: set on the first funding and never changed afterwards; InvestSuite would answer 422.
  if (before.funded_since) {
    throw new AppError("CONFLICT", `funded_since is already set (${before.funded_since}). InvestSuite allows setting it only once.`);
  }
  const after = await patch(actor, portfolioId, change, { funded_since: fundedSince });
  await audit(actor, portfolioId, change, "SUCCESS", { version: versionOf(after) });
  return { version: after.version, status: after.status, fundedSince: after.funded_since ?? fundedSince };
}
