import "server-only";

import Decimal from "decimal.js";

import { getWiseAlphaClient } from "@/lib/providers/server-clients";

/** One robowise portfolio: parameters, status, cash and value, and its allocation (ideal holdings). */
export async function loadRobowisePortfolio(customerId: string, accountId: string, robowiseId: string) {
  const client = getWiseAlphaClient();
  const [p, config, balances] = await Promise.all([
    client.getRobowise({ customerId, accountId, robowiseId }, ["performance", "balance", "ideals"]),
    client.getRobowiseConfiguration("GBP"),
    client.getBalances({ customerId, accountId }),
  ]);
  const companies = new Map(config.companies.map((c) => [c.company_id, c.company_name]));
  const open = (p.performance?.summaries?.open ?? {}) as Record<string, unknown>;
  const ideals = p.ideals ?? [];
  const totalWanted = ideals.reduce((sum, i) => sum.add(i.wanted), new Decimal(0));
  return {
    reference: p.reference,
    name: p.name,
    created: p.created,
    state: p.status.state,
    stateText: p.status.description,
    currency: p.parameters.currency,
    riskProfile: p.parameters.risk_profile?.label ?? p.parameters.risk_profile_id,
    riskDescription: p.parameters.risk_profile?.description ?? "",
    projectedReturn: p.parameters.risk_profile?.projected_return ?? null,
    reinvestPayments: p.parameters.reinvest_payments,
    excludedIndustries: p.parameters.profile_modifiers.excluded_industries,
    excludedCompanies: p.parameters.profile_modifiers.excluded_companies.map((id) => companies.get(id) ?? id),
    cash: p.balance?.amount ?? "0.00",
    /** The parent account's uninvested cash in the portfolio's currency: what funding can move in. */
    parentCash: balances.find((b) => b.currency === p.parameters.currency)?.amount ?? "0.00",
    /** As WiseAlpha holds them, for the edit form. */
    parameters: {
      name: p.name,
      riskProfileId: p.parameters.risk_profile_id,
      excludedIndustries: p.parameters.profile_modifiers.excluded_industries,
      excludedCompanies: p.parameters.profile_modifiers.excluded_companies,
      reinvestPayments: p.parameters.reinvest_payments,
    },
    value: typeof open.portfolio_value === "string" ? open.portfolio_value : (p.balance?.amount ?? "0.00"),
    withdrawal: { type: p.withdrawal_behavior.type, amount: String(p.withdrawal_behavior.amount) },
    industryCount: p.metadata?.industry_count ?? 0,
    allocation: ideals.map((i) => ({
      productId: i.product_id,
      company: companies.get(i.company_id) ?? i.company_id,
      industry: i.industry,
      ideal: i.ideal,
      wanted: i.wanted,
      held: i.held,
      toAcquire: i.to_acquire,
      share: totalWanted.isZero() ? "0" : new Decimal(i.wanted).div(totalWanted).mul(100).toFixed(2),
      reason: i.reason,
    })),
  };
}
export type RobowisePortfolio = Awaited<ReturnType<typeof loadRobowisePortfolio>>;
