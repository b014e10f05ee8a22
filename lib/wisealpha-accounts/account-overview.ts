import "server-only";

import { getDb } from "@/lib/db";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";

/** One investment account: its currencies and balances, the reports WiseAlpha offers, its robowise portfolios. */
export async function loadAccountOverview(customerId: string, accountId: string) {
  const client = getWiseAlphaClient();
  const ref = { customerId, accountId };
  const [account, balances, reports, robowise] = await Promise.all([
    client.getInvestmentAccount(ref),
    client.getBalances(ref),
    client.listReports(ref),
    client.listRobowise(ref, ["balance", "performance"]),
  ]);
  return {
    id: account.id,
    type: account.account_type,
    currencies: account.currencies,
    balances,
    reports: reports.map((r) => ({ type: r.report_type, name: r.name, formats: r.formats, description: r.description ?? "" })),
    robowise: robowise.map((p) => ({
      reference: p.reference,
      name: p.name,
      state: p.status.state,
      riskProfile: p.parameters.risk_profile?.label ?? p.parameters.risk_profile_id,
      currency: p.parameters.currency,
      cash: p.balance?.amount ?? null,
      created: p.created,
    })),
  };
}
export type AccountOverview = Awaited<ReturnType<typeof loadAccountOverview>>;

/** Coupons and repayments recorded from WiseAlpha's events, newest first (per customer or per product). */
export async function findInvestmentPayments(where: { customerRef?: string; productId?: string }, take = 50) {
  const rows = await getDb().wiseAlphaInvestmentPayment.findMany({ where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take });
  return rows.map((r) => ({
    id: r.id,
    customerRef: r.customerRef,
    productId: r.productId,
    companyName: r.companyName,
    kind: r.kind,
    currency: r.currency,
    interest: r.interestPayment.toFixed(2),
    principal: r.principalPayment?.toFixed(2) ?? null,
    callPrice: r.callPrice?.toString() ?? null,
    occurredAt: r.occurredAt.toISOString(),
  }));
}
export type InvestmentPaymentRow = Awaited<ReturnType<typeof findInvestmentPayments>>[number];
