import "server-only";

import Decimal from "decimal.js";
import { z } from "zod";

import { parseSettings } from "@/lib/config/parse-settings";
import { loadCustomerAccounts } from "@/lib/orders/customer-view";
import { holdingsSummary } from "@/lib/portfolios/portfolio-row";
import { isProviderError } from "@/lib/providers/errors";
import { getCashlinkClient, getInvestSuiteClient } from "@/lib/providers/server-clients";

/** A provider panel: its data, or why it is missing; `ms` is the provider's own time. */
export type Panel<T> = { ok: true; data: T; ms: number } | { ok: false; error: string; ms: number };

/** Each provider read gets this long; the page renders what arrived and names what did not. */
export const PANEL_BUDGET_MS = parseSettings(
  z.object({ CUSTOMER_PANEL_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(2500) }),
  "customer page settings",
).CUSTOMER_PANEL_BUDGET_MS;

export async function withBudget<T>(provider: string, read: () => Promise<T>, budgetMs = PANEL_BUDGET_MS): Promise<Panel<T>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded(`${provider} did not answer within ${(budgetMs / 1000).toFixed(1)} s.`)), budgetMs);
  });
  try {
    const data = await Promise.race([read(), timeout]);
    return { ok: true, data, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const message =
      error instanceof BudgetExceeded
        ? error.message
        : isProviderError(error)
          ? `${provider}: ${error.userMessage}`
          : `${provider} could not be read.`;
    return { ok: false, error: message, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

class BudgetExceeded extends Error {}

/** InvestSuite ids are a letter and a 26-character ULID; anything else never reaches the query language. */
const IS_ID = /^[A-Z][0-9A-HJKMNP-TV-Z]{26}$/;

export type InvestSuitePortfolio = {
  id: string;
  name: string;
  status: string;
  baseCurrency: string;
  positions: number;
  cash: { currency: string; amount: string }[];
  divestPending: boolean;
};

/** The user's portfolios with cash per currency and how many positions (InvestSuite gives units, not prices). */
export async function readInvestSuitePortfolios(userId: string): Promise<InvestSuitePortfolio[]> {
  if (!IS_ID.test(userId)) throw new Error("not an InvestSuite user id");
  const page = await getInvestSuiteClient().listPortfolios({ query: `owned_by_user_id eq '${userId}'`, limit: 100 });
  return page.results.map((p) => {
    const summary = holdingsSummary(p.portfolio);
    const divest = (p.config.manager_settings as { divest_amount?: unknown } | null)?.divest_amount;
    return {
      id: p.id,
      name: p.name,
      status: p.status,
      baseCurrency: p.base_currency,
      positions: summary.positions,
      cash: summary.cash,
      divestPending: divest !== null && divest !== undefined && String(divest) !== "0",
    };
  });
}

export async function readWiseAlphaAccounts(customerId: string) {
  return loadCustomerAccounts(customerId);
}
export type WiseAlphaPanel = Awaited<ReturnType<typeof readWiseAlphaAccounts>>;

export type CashlinkPanel = {
  invitations: { id: string; campaignId: string; units: number; missing: number; investmentId: string | null; createdAt: string | null }[];
  investments: { id: string; campaignId: string; status: string; units: number; amount: string | null; createdAt: string | null }[];
};

export async function readCashlink(investorId: string): Promise<CashlinkPanel> {
  const client = getCashlinkClient();
  const [invitations, investments] = await Promise.all([
    collect(client.iterateInvitations({ investorId })),
    collect(client.iterateInvestments({ investorId })),
  ]);
  return {
    invitations: invitations.map((i) => ({
      id: i.id,
      campaignId: i.campaign_id,
      units: i.units,
      missing: i.missing_requirements?.length ?? 0,
      investmentId: i.investment_id ?? null,
      createdAt: i.created_at ?? null,
    })),
    investments: investments.map((i) => ({
      id: i.id,
      campaignId: i.campaign_id,
      status: i.status,
      units: i.units,
      // Minor units with their decimals: exact through decimal.js, never a float.
      amount: i.amount
        ? `${new Decimal(i.amount.amount).div(new Decimal(10).pow(i.amount.decimals)).toFixed(i.amount.decimals)} ${i.amount.currency}`
        : null,
      createdAt: i.created_at ?? null,
    })),
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
