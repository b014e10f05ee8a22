import "server-only";

import { deriveChecklist, isItemComplete, type CashlinkChecklist, type ChecklistItem } from "@/lib/onboarding/cashlink-checklist";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import type { CashlinkInvestment, CashlinkInvitation } from "@/lib/providers/cashlink/schemas";
import { fromCashlinkMoney, type CashlinkAmount } from "@/lib/providers/cashlink/transform";
import { isProviderError } from "@/lib/providers/errors";
import { collect } from "@/lib/providers/pagination";
import { getCashlinkClient } from "@/lib/providers/server-clients";
import type { InvitationFilter } from "@/lib/validations/cashlink-onboarding";

export const INVITATIONS_PAGE_SIZE = 25;

export type InvitationRow = {
  id: string;
  investorId: string;
  campaignId: string;
  units: number;
  amount: CashlinkAmount | null;
  createdAt: string | null;
  checklist: CashlinkChecklist;
  /** Cashlink names an investment for it (even if the investment list did not include it). */
  used: boolean;
  investment: { id: string; status: string } | null;
};

export type StageCounts = { ready: number; incomplete: number; invested: number };

export type InvitationList =
  | { kind: "ok"; rows: InvitationRow[]; total: number; page: number; pageCount: number; counts: StageCounts }
  | { kind: "error"; message: string; retryable: boolean };

export function toInvitationRow(invitation: CashlinkInvitation, investment: CashlinkInvestment | null): InvitationRow {
  return {
    id: invitation.id,
    investorId: invitation.investor_id,
    campaignId: invitation.campaign_id,
    units: invitation.units,
    amount: invitation.amount ? fromCashlinkMoney(invitation.amount) : null,
    createdAt: invitation.created_at ?? null,
    checklist: deriveChecklist(invitation, investment),
    used: Boolean(invitation.investment_id),
    investment: investment ? { id: investment.id, status: investment.status } : null,
  };
}

const stageOf = (row: InvitationRow): keyof StageCounts => (row.used ? "invested" : row.checklist.readyToInvest ? "ready" : "incomplete");

const ITEM_FILTERS: ChecklistItem[] = ["selfDisclosure", "survey", "signed", "wallet"];

export function matchesFilter(row: InvitationRow, filter: InvitationFilter): boolean {
  if (filter.stage && stageOf(row) !== filter.stage) return false;
  for (const item of ITEM_FILTERS) {
    const wanted = filter[item];
    if (wanted && isItemComplete(row.checklist, item) !== (wanted === "complete")) return false;
  }
  if (filter.status && (row.investment?.status ?? "NONE") !== filter.status) return false;
  if (filter.investor && !row.investorId.toLowerCase().includes(filter.investor.toLowerCase())) return false;
  return true;
}

/**
 * Every invitation with its checklist and investment, filtered and paged here.
 * Cashlink filters invitations only by investor and campaign, so the checklist filters
 * need the whole list: two paged reads (invitations, investments; 100 per call). That is
 * a handful of calls at today's volume; a local projection is the next step when it grows.
 */
export async function findCashlinkInvitations(
  filter: InvitationFilter,
  cashlink: CashlinkClient = getCashlinkClient(),
): Promise<InvitationList> {
  try {
    const [invitations, investments] = await Promise.all([collect(cashlink.iterateInvitations()), collect(cashlink.iterateInvestments())]);
    const byId = new Map(investments.map((i) => [i.id, i]));
    const rows = invitations
      .map((inv) => toInvitationRow(inv, inv.investment_id ? (byId.get(inv.investment_id) ?? null) : null))
      // Newest first: the reviewer's work is the invitations that just came in.
      .reverse();
    const counts: StageCounts = { ready: 0, incomplete: 0, invested: 0 };
    for (const row of rows) counts[stageOf(row)] += 1;
    const matching = rows.filter((row) => matchesFilter(row, filter));
    const pageCount = Math.max(1, Math.ceil(matching.length / INVITATIONS_PAGE_SIZE));
    const page = Math.min(filter.page, pageCount);
    return {
      kind: "ok",
      rows: matching.slice((page - 1) * INVITATIONS_PAGE_SIZE, page * INVITATIONS_PAGE_SIZE),
      total: matching.length,
      page,
      pageCount,
      counts,
    };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}
