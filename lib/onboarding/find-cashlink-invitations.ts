import "server-only";

import {
  matchesFilter,
  stageOf,
  toInvitationRow,
  type InvitationList,
  type InvitationRow,
  type StageCounts,
} from "@/lib/onboarding/invitation-rows";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import { isProviderError } from "@/lib/providers/errors";
import { collect } from "@/lib/providers/pagination";
import { getCashlinkClient } from "@/lib/providers/server-clients";
import type { InvitationFilter } from "@/lib/validations/cashlink-onboarding";

export type { InvitationRow, StageCounts };

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
    const pageCount = Math.max(1, Math.ceil(matching.length / filter.size));
    const page = Math.min(filter.page, pageCount);
    return {
      kind: "ok",
      rows: matching.slice((page - 1) * filter.size, page * filter.size),
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
