import "server-only";

import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import {
  toCashlinkCampaignView,
  toCashlinkInvestmentView,
  toCashlinkInvestorView,
  toCashlinkWalletView,
  type CashlinkCampaignView,
  type CashlinkInvestmentView,
  type CashlinkInvestorView,
  type CashlinkWalletView,
} from "@/lib/providers/cashlink/transform";
import { isProviderError } from "@/lib/providers/errors";
import { collect } from "@/lib/providers/pagination";
import { getCashlinkClient } from "@/lib/providers/server-clients";
import type { InvestmentFilter } from "@/lib/validations/cashlink-onboarding";

/**
 * Cashlink's campaigns, investors and investments as the back office lists them (issue #17),
 * read live: Cashlink pages them oldest first and we show its pages as they are, so the
 * page count is Cashlink's `count`. A provider failure is a result, shown as the error panel.
 */

export type Listed<T> = { kind: "ok"; rows: T[]; total: number } | { kind: "error"; message: string; retryable: boolean };

async function listed<T>(read: () => Promise<{ rows: T[]; total: number }>): Promise<Listed<T>> {
  try {
    return { kind: "ok", ...(await read()) };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}

export function findCashlinkCampaigns(cashlink: CashlinkClient = getCashlinkClient()): Promise<Listed<CashlinkCampaignView>> {
  // Few and read-only (set up by Cashlink): all of them.
  return listed(async () => {
    const rows = (await collect(cashlink.iterateCampaigns())).map(toCashlinkCampaignView);
    return { rows, total: rows.length };
  });
}

export function findCashlinkInvestors(
  paging: { page: number; size: number },
  cashlink: CashlinkClient = getCashlinkClient(),
): Promise<Listed<CashlinkInvestorView>> {
  return listed(async () => {
    const page = await cashlink.listInvestors({ page: paging.page, pageSize: paging.size });
    return { rows: page.results.map(toCashlinkInvestorView), total: page.count };
  });
}

export function findCashlinkInvestments(
  filter: InvestmentFilter,
  cashlink: CashlinkClient = getCashlinkClient(),
): Promise<Listed<CashlinkInvestmentView>> {
  return listed(async () => {
    const page = await cashlink.listInvestments(
      { status: filter.status, investorId: filter.investor },
      { page: filter.page, pageSize: filter.size },
    );
    return { rows: page.results.map(toCashlinkInvestmentView), total: page.count };
  });
}

export type CashlinkInvestorDetail =
  | { kind: "ok"; investor: CashlinkInvestorView; wallets: CashlinkWalletView[] }
  | { kind: "not_found" }
  | { kind: "error"; message: string; retryable: boolean };

export async function getCashlinkInvestorDetail(
  id: string,
  cashlink: CashlinkClient = getCashlinkClient(),
): Promise<CashlinkInvestorDetail> {
  try {
    const [investor, wallets] = await Promise.all([cashlink.getInvestor(id), cashlink.listWallets(id)]);
    return { kind: "ok", investor: toCashlinkInvestorView(investor), wallets: wallets.map(toCashlinkWalletView) };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.code === "not_found") return { kind: "not_found" };
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}
