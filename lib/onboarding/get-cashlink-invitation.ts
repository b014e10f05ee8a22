import "server-only";

import type { CashlinkInvestmentRequest } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import type { CashlinkCampaign, CashlinkInvestor, CashlinkWallet } from "@/lib/providers/cashlink/transform";
import { toCashlinkInvestmentView, type CashlinkInvestmentView } from "@/lib/providers/cashlink/transform";
import { isProviderError } from "@/lib/providers/errors";
import { getCashlinkClient } from "@/lib/providers/server-clients";

import { toInvitationRow, type InvitationRow } from "@/lib/onboarding/invitation-rows";

export type InvitationEvent = { id: string; type: string; status: string | null; changedAt: Date | null; receivedAt: Date; state: string };

export type InvitationDetail = {
  invitation: InvitationRow & {
    surveyWaiver: string | null;
    costsDocumentReady: boolean;
    missing: { field: string; message: string }[];
    /** What Cashlink asks for this invitation: the self-disclosure fields (above EUR 1,000) and the survey's question ids. */
    selfDisclosureQuestions: string[];
    surveyQuestions: string[];
  };
  investment: CashlinkInvestmentView | null;
  investor: CashlinkInvestor | null;
  wallets: CashlinkWallet[];
  campaign: CashlinkCampaign | null;
  request: Pick<CashlinkInvestmentRequest, "state" | "attempts" | "lastError" | "lastErrorRetryable" | "signedAt" | "investmentId"> | null;
  events: InvitationEvent[];
};

export type InvitationDetailResult =
  { kind: "ok"; detail: InvitationDetail } | { kind: "not_found" } | { kind: "error"; message: string; retryable: boolean };

/** One invitation with its investor, wallets, campaign, investment, our request and the investment's events. */
export async function getCashlinkInvitation(id: string, cashlink: CashlinkClient = getCashlinkClient()): Promise<InvitationDetailResult> {
  try {
    const invitation = await cashlink.getInvitation(id);
    const request = await getDb().cashlinkInvestmentRequest.findUnique({ where: { invitationId: id } });
    const investmentId = invitation.investment_id ?? request?.investmentId ?? null;
    const [investment, investor, wallets, campaign] = await Promise.all([
      investmentId ? cashlink.getInvestment(investmentId) : null,
      cashlink.getInvestor(invitation.investor_id).catch(orNullOnNotFound),
      cashlink.listWallets(invitation.investor_id).catch((e: unknown) => (orNullOnNotFound(e), [])),
      cashlink.getCampaign(invitation.campaign_id).catch(orNullOnNotFound),
    ]);
    const events = investmentId ? await findInvestmentEvents(investmentId) : [];
    return {
      kind: "ok",
      detail: {
        invitation: {
          ...toInvitationRow(invitation, investment),
          surveyWaiver: invitation.survey_waiver ?? null,
          costsDocumentReady: Boolean(invitation.costs_document),
          missing: invitation.missing_requirements ?? [],
          selfDisclosureQuestions: invitation.self_disclosure_questions ?? [],
          surveyQuestions: invitation.survey_questions ?? [],
        },
        investment: investment ? toCashlinkInvestmentView(investment) : null,
        investor,
        wallets,
        campaign,
        request,
        events,
      },
    };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.code === "not_found") return { kind: "not_found" };
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}

function orNullOnNotFound(error: unknown): null {
  if (isProviderError(error) && error.code === "not_found") return null;
  throw error;
}

async function findInvestmentEvents(investmentId: string): Promise<InvitationEvent[]> {
  const rows = await getDb().providerEvent.findMany({
    where: { provider: "CASHLINK", investmentRef: investmentId },
    orderBy: [{ providerCreatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, type: true, payload: true, providerCreatedAt: true, receivedAt: true, status: true },
  });
  return rows.map((r) => ({
    id: String(r.id),
    type: r.type,
    status: typeof (r.payload as { status?: unknown } | null)?.status === "string" ? (r.payload as { status: string }).status : null,
    changedAt: r.providerCreatedAt,
    receivedAt: r.receivedAt,
    state: r.status,
  }));
}
