import "server-only";

import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";

import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/errors";
import type { PortfolioPatch } from "@/lib/providers/investsuite/client";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import type { CreatePortfolioValues, UpdatePortfolioValues } from "@/lib/validations/portfolio-lifecycle";

import { closeRefusal } from "./lifecycle-rules";
import { recordPortfolioVersion } from "./portfolio-versions";

/**
 * Creating, changing and closing an InvestSuite portfolio (seed 002). Each provider write goes
 * through auditedProviderWrite (intent before, outcome after) and records the version
 * InvestSuite answered with, so the versions page can diff what we saw.
 */

/** Our derived external id: InvestSuite keeps external ids unique (seed 001), which makes it the create's de-duplication key. */
export const derivedExternalId = (creationId: string) => `BO-${creationId}`;

async function read<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.status === 404) throw new AppError("NOT_FOUND", "InvestSuite does not know this portfolio.");
    throw new AppError("PROVIDER", error.userMessage);
  }
}

async function live(portfolioId: string): Promise<Portfolio> {
  const portfolio = await read(() => getInvestSuiteClient().getPortfolio(portfolioId));
  if (portfolio.deleted) throw new AppError("CONFLICT", "This portfolio is closed (deleted at InvestSuite) and can no longer be changed.");
  return portfolio;
}

export async function createPortfolio(actor: CurrentUser, values: CreatePortfolioValues) {
  // The owner must be an existing InvestSuite user; asking first gives a clear message instead of the API's 400.
  await read(() => getInvestSuiteClient().getUser(values.ownerUserId)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("INVALID", "InvestSuite does not know this user.");
    throw error;
  });
  const creationId = randomUUID();
  const derived = values.externalId === "";
  const externalId = derived ? derivedExternalId(creationId) : values.externalId;
  const robo = values.manager !== "USER_MANAGED";
  const request = {
    external_id: externalId,
    name: values.name,
    owned_by_user_id: values.ownerUserId,
    base_currency: values.baseCurrency,
    money_type: values.moneyType,
    config: {
      manager: values.manager,
      manager_version: 1,
      manager_settings: robo
        ? Object.fromEntries(
            (
              [
                ["policy_id", values.policyId],
                ["goal_id", values.goalId],
                ["horizon_id", values.horizonId],
              ] as const
            ).filter(([, v]) => v !== ""),
          )
        : {},
    },
    ...(values.iban
      ? {
          brokerage_account: {
            bank_account_type: "IBAN" as const,
            bank_account_number: values.iban.replace(/\s+/g, "").toUpperCase(),
            bank_id: values.bic,
            payment_reference: values.paymentReference || null,
          },
        }
      : {}),
  };

  // Our record first: its id is the external id, and a repeated submit of the same external id stops here.
  try {
    await getDb().portfolioCreation.create({
      data: { id: creationId, externalId, ownerUserId: values.ownerUserId, request, requestedById: actor.id },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", `A portfolio with external id ${externalId} was already requested here.`);
    }
    throw error;
  }

  const client = getInvestSuiteClient();
  return auditedProviderWrite(
    {
      actor,
      provider: "investsuite",
      action: "portfolio.created",
      targetType: "portfolio",
      targetId: null,
      details: { creationId, externalId, request },
    },
    async () => {
      try {
        return await client.createPortfolio(request);
      } catch (error) {
        // 409 on our own derived id: an earlier attempt of this very record got through (a lost answer).
        if (derived && isProviderError(error) && error.status === 409) {
          const existing = await client.findPortfolioByExternalId(externalId);
          if (existing) return existing;
        }
        throw error;
      }
    },
    (created) => ({
      result: { id: created.id, version: created.version },
      targetId: created.id,
      details: { portfolioId: created.id, version: created.version, status: created.status },
      apply: async (tx) => {
        await tx.portfolioCreation.update({ where: { id: creationId }, data: { portfolioId: created.id, createdAt: new Date() } });
        await recordPortfolioVersion(tx, created, "CREATE");
      },
    }),
  );
}

const orNull = (v: string) => (v === "" ? null : v);
const sameAmount = (a: string | null | undefined, b: string | null) =>
  a == null || b == null ? (a ?? null) === b : new Decimal(a).equals(b);

/** Changes the mutable fields only; sends just what differs (settings are merged key by key at InvestSuite). */
export async function updatePortfolio(actor: CurrentUser, values: UpdatePortfolioValues) {
  const before = await live(values.portfolioId);
  if (before.version !== values.expectedVersion) {
    throw new AppError(
      "CONFLICT",
      `The portfolio changed meanwhile (now version ${before.version}, the form showed ${values.expectedVersion}). Reload and try again.`,
    );
  }
  const patch: PortfolioPatch = {};
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  if (values.name !== before.name) {
    patch.name = values.name;
    changed.name = { before: before.name, after: values.name };
  }
  if (before.config.manager !== "USER_MANAGED") {
    const s = before.config.manager_settings;
    const settings: NonNullable<NonNullable<PortfolioPatch["config"]>["manager_settings"]> = {};
    for (const [key, value] of [
      ["policy_id", orNull(values.policyId)],
      ["goal_id", orNull(values.goalId)],
      ["horizon_id", orNull(values.horizonId)],
    ] as const) {
      if ((s[key] ?? null) !== value) {
        settings[key] = value;
        changed[`config.manager_settings.${key}`] = { before: s[key] ?? null, after: value };
      }
    }
    for (const [key, value] of [
      ["start_amount", orNull(values.startAmount)],
      ["recurring_deposit_amount", orNull(values.recurringDepositAmount)],
    ] as const) {
      if (!sameAmount(s[key], value)) {
        // Decimal text on the wire keeps the exact amount (the sandbox and client keep strings exact).
        settings[key] = value;
        changed[`config.manager_settings.${key}`] = { before: s[key] ?? null, after: value };
      }
    }
    if (Object.keys(settings).length > 0) patch.config = { manager_settings: settings };
  }
  if (Object.keys(changed).length === 0) throw new AppError("INVALID", "Nothing was changed.");

  return auditedProviderWrite(
    {
      actor,
      provider: "investsuite",
      action: "portfolio.updated",
      targetType: "portfolio",
      targetId: before.id,
      details: { fromVersion: before.version, changed },
    },
    () => getInvestSuiteClient().patchPortfolio(before.id, patch),
    (after) => ({
      result: { version: after.version },
      details: { toVersion: after.version },
      apply: async (tx) => {
        // The version the change started from is kept too, so v1 → v2 can be compared even if the detail page was never opened.
        await recordPortfolioVersion(tx, before, "READ");
        await recordPortfolioVersion(tx, after, "UPDATE");
      },
    }),
  );
}

/** Runs after a second person approved (four eyes, lib/four-eyes/kinds.ts "portfolio.close"). */
export async function closePortfolio(actor: CurrentUser, portfolioId: string, reason: string) {
  const before = await read(() => getInvestSuiteClient().getPortfolio(portfolioId));
  const refusal = closeRefusal(before);
  if (refusal) throw new AppError("CONFLICT", refusal);
  return auditedProviderWrite(
    {
      actor,
      provider: "investsuite",
      action: "portfolio.closed",
      targetType: "portfolio",
      targetId: portfolioId,
      details: { reason, fromVersion: before.version, status: before.status },
    },
    () => getInvestSuiteClient().deletePortfolio(portfolioId),
    (after) => ({
      result: { version: after.version, deleted: after.deleted },
      details: { toVersion: after.version },
      apply: async (tx: Tx) => {
        await recordPortfolioVersion(tx, before, "READ");
        await recordPortfolioVersion(tx, after, "CLOSE");
      },
    }),
  );
}
