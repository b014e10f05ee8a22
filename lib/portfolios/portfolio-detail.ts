import "server-only";

import { getDb } from "@/lib/db";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteUser as User, Portfolio } from "@/lib/providers/investsuite/transform";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";
import { PORTFOLIO_ID } from "@/lib/validations/portfolios-actions";

import { describeInvestSuiteEvent } from "./event-words";
import { closeRefusal } from "./lifecycle-rules";
import { describeManagerSettings, holdingRows, type HoldingRow, type SettingRow } from "./portfolio-detail-format";
import { recordObservedVersion } from "./portfolio-versions";

export type { HoldingRow } from "./portfolio-detail-format";

export type PortfolioOwner = { id: string; name: string | null; email: string | null; error: string | null };

export type PortfolioEventRow = { id: string; type: string; summary: string; provider: string; status: string; receivedAt: string };

/** One transaction as the detail lists it: its primary movement stands for it. */
export type PortfolioTransactionRow = {
  id: string;
  externalId: string | null;
  type: string | null;
  status: string | null;
  movementType: string | null;
  instrument: string | null;
  /** Cash movements are money in this currency; instruments are a quantity of units. */
  currency: string | null;
  quantity: string | null;
  datetime: string | null;
  movements: number;
};

export type PortfolioTransactions =
  { kind: "ok"; rows: PortfolioTransactionRow[]; total: number } | { kind: "error"; message: string; retryable: boolean };

export const TRANSACTIONS_SHOWN = 20;

export type BlockAuditRow = {
  action: "portfolio.blocked" | "portfolio.unblocked";
  at: string;
  actorEmail: string | null;
  reason: string | null;
};

/** Everything the detail page shows: plain data, safe to pass to client components. */
export type PortfolioDetail = {
  id: string;
  name: string;
  externalId: string | null;
  status: Portfolio["status"];
  blocked: boolean;
  deleted: boolean;
  archived: boolean;
  moneyType: Portfolio["money_type"];
  baseCurrency: string;
  manager: Portfolio["config"]["manager"];
  managerVersion: number;
  owner: PortfolioOwner;
  holdings: HoldingRow[];
  settings: SettingRow[];
  brokerageAccount: Portfolio["brokerage_account"] | null;
  fundedSince: string | null;
  version: {
    version: number;
    versionDatetime: string;
    authoredBy: string | null;
    creationDatetime: string;
    snapshotDatetime: string | null;
  };
  events: { rows: PortfolioEventRow[]; more: boolean };
  lastBlockChange: BlockAuditRow | null;
  transactions: PortfolioTransactions;
  /** Why closing is refused now (the bank's rules, lib/portfolios/lifecycle-rules.ts), or null. */
  closeRefusal: string | null;
  /** The mutable fields as the edit form starts from them (empty = not set). */
  editable: {
    version: number;
    name: string;
    robo: boolean;
    policyId: string;
    goalId: string;
    horizonId: string;
    startAmount: string;
    recurringDepositAmount: string;
  };
};

export type PortfolioDetailResult =
  { kind: "found"; detail: PortfolioDetail } | { kind: "not_found" } | { kind: "error"; message: string; retryable: boolean };

export const RECENT_EVENTS = 20;

const ownerName = (u: User) => [u.first_name, u.last_name].filter((s) => typeof s === "string" && s.trim() !== "").join(" ") || null;

async function loadOwner(id: string): Promise<PortfolioOwner> {
  try {
    const user = await getInvestSuiteClient().getUser(id);
    return { id, name: ownerName(user), email: user.email ?? null, error: null };
  } catch (error) {
    // The portfolio is still worth showing without its owner's name; say why it is missing.
    if (!isProviderError(error)) throw error;
    return { id, name: null, email: null, error: error.userMessage };
  }
}

async function recentEvents(portfolioId: string) {
  const rows = await getDb().providerEvent.findMany({
    where: { portfolioRef: portfolioId },
    orderBy: { id: "desc" },
    take: RECENT_EVENTS + 1,
    select: { id: true, type: true, provider: true, status: true, receivedAt: true, payload: true },
  });
  return {
    rows: rows.slice(0, RECENT_EVENTS).map((r) => ({
      id: r.id.toString(),
      type: r.type,
      // In words: optimization status and owner choice name their value (seed 000).
      summary: r.provider === "INVESTSUITE" ? describeInvestSuiteEvent(r.type, r.payload) : r.type,
      provider: r.provider,
      status: r.status,
      receivedAt: r.receivedAt.toISOString(),
    })),
    more: rows.length > RECENT_EVENTS,
  };
}

async function transactions(portfolioId: string): Promise<PortfolioTransactions> {
  try {
    const page = await getInvestSuiteClient().listTransactions(portfolioId, { limit: TRANSACTIONS_SHOWN });
    return {
      kind: "ok",
      total: page.count ?? page.results.length,
      rows: page.results.map((t) => {
        const primary = t.movements[0];
        const cash = primary?.instrument_id.startsWith("$") ? primary.instrument_id.slice(1) : null;
        return {
          id: t.id,
          externalId: t.external_id ?? null,
          type: t.type ?? null,
          status: t.status ?? null,
          movementType: primary?.type ?? null,
          instrument: primary?.instrument_id ?? null,
          currency: cash,
          quantity: primary?.quantity ?? null,
          datetime: primary?.datetime ?? t.creation_datetime ?? null,
          movements: t.movements.length,
        };
      }),
    };
  } catch (error) {
    // The rest of the page stands without them; the section says why they are missing.
    if (!isProviderError(error)) throw error;
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}

/** The reason for the current blocked/unblocked state lives only in our audit trail, not at InvestSuite. */
async function lastBlockChange(portfolioId: string): Promise<BlockAuditRow | null> {
  const entry = await getDb().auditEntry.findFirst({
    where: {
      targetType: "portfolio",
      targetId: portfolioId,
      outcome: "SUCCESS",
      action: { in: ["portfolio.blocked", "portfolio.unblocked"] },
    },
    orderBy: { id: "desc" },
    select: { action: true, createdAt: true, actorEmail: true, details: true },
  });
  if (!entry) return null;
  const reason = (entry.details as { reason?: unknown } | null)?.reason;
  return {
    action: entry.action as BlockAuditRow["action"],
    at: entry.createdAt.toISOString(),
    actorEmail: entry.actorEmail,
    reason: typeof reason === "string" ? reason : null,
  };
}

export async function loadPortfolioDetail(id: string): Promise<PortfolioDetailResult> {
  // Not a portfolio id at all: no need to ask the provider.
  if (!PORTFOLIO_ID.test(id)) return { kind: "not_found" };
  let portfolio: Portfolio;
  try {
    portfolio = await getInvestSuiteClient().getPortfolio(id);
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.code === "not_found") return { kind: "not_found" };
    (await getRequestLogger()).warn({ err: error, portfolioId: id }, "portfolio detail: provider call failed");
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
  const [owner, events, blockChange, txs] = await Promise.all([
    loadOwner(portfolio.owned_by_user_id),
    recentEvents(id),
    lastBlockChange(id),
    transactions(id),
    // Every read keeps the version it saw, for the versions page.
    recordObservedVersion(portfolio),
  ]);
  const settings = portfolio.config.manager_settings;
  return {
    kind: "found",
    detail: {
      id: portfolio.id,
      name: portfolio.name,
      externalId: portfolio.external_id ?? null,
      status: portfolio.status,
      // Seed 002 "Block portfolio": blocking is manager_settings.active = false.
      blocked: settings.active === false,
      deleted: portfolio.deleted,
      archived: portfolio.archived ?? false,
      moneyType: portfolio.money_type,
      baseCurrency: portfolio.base_currency,
      manager: portfolio.config.manager,
      managerVersion: portfolio.config.manager_version,
      owner,
      holdings: holdingRows(portfolio.portfolio),
      settings: describeManagerSettings(settings, portfolio.base_currency),
      brokerageAccount: portfolio.brokerage_account ?? null,
      fundedSince: portfolio.funded_since ?? null,
      version: {
        version: portfolio.version,
        versionDatetime: portfolio.version_datetime,
        authoredBy: portfolio.version_authored_by_user_id ?? null,
        creationDatetime: portfolio.creation_datetime,
        snapshotDatetime: portfolio.snapshot_datetime ?? null,
      },
      events,
      lastBlockChange: blockChange,
      transactions: txs,
      closeRefusal: closeRefusal(portfolio),
      editable: {
        version: portfolio.version,
        name: portfolio.name,
        robo: portfolio.config.manager !== "USER_MANAGED",
        policyId: settings.policy_id ?? "",
        goalId: settings.goal_id ?? "",
        horizonId: settings.horizon_id ?? "",
        startAmount: settings.start_amount ?? "",
        recurringDepositAmount: settings.recurring_deposit_amount ?? "",
      },
    },
  };
}
