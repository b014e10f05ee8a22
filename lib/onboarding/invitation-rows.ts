import type { CashlinkInvestment, CashlinkInvitation } from "@/lib/providers/cashlink/transform";
import { toCashlinkInvitationTerms, type CashlinkInvitationTerms } from "@/lib/providers/cashlink/transform";
import type { InvitationFilter } from "@/lib/validations/cashlink-onboarding";

import { deriveChecklist, isItemComplete, type CashlinkChecklist, type ChecklistItem } from "./cashlink-checklist";

export type InvitationRow = CashlinkInvitationTerms & {
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
    ...toCashlinkInvitationTerms(invitation),
    createdAt: invitation.created_at ?? null,
    checklist: deriveChecklist(invitation, investment),
    used: Boolean(invitation.investment_id),
    investment: investment ? { id: investment.id, status: investment.status } : null,
  };
}

export const stageOf = (row: InvitationRow): keyof StageCounts =>
  row.used ? "invested" : row.checklist.readyToInvest ? "ready" : "incomplete";

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
