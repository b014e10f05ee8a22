import "server-only";

import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import { getCashlinkClient } from "@/lib/providers/server-clients";
import type {
  AcceptInvestmentsInput,
  AddWalletInput,
  CreateInvestorInput,
  CreateInvitationInput,
  IdentifyInvestorInput,
  MarkInvestmentPaidInput,
  SelfDisclosureInput,
  SurveyInput,
  SurveyWaiverInput,
} from "@/lib/validations/cashlink-onboarding";

import { runCashlinkWrite } from "./cashlink-writes";

/**
 * The Cashlink back-office operations of issue #17, in the order of seed 003's guide: an
 * invitation for an investor and a campaign, its self-disclosure, survey or waiver; investors,
 * their identification and wallets; accepting investments and marking them paid. Each is one
 * `runCashlinkWrite` (our row first, its key, audited intent and outcome).
 */

type Deps = { cashlink?: CashlinkClient };
const client = (deps: Deps) => deps.cashlink ?? getCashlinkClient();

export async function createCashlinkInvitation(actor: CurrentUser, input: CreateInvitationInput, deps: Deps = {}) {
  const body = { investor_id: input.investorId, campaign_id: input.campaignId, units: input.units };
  const outcome = await runCashlinkWrite(actor, {
    kind: "INVITATION_CREATE",
    dedupe: input.submissionId,
    subjectId: input.investorId,
    body,
    audit: {
      action: "cashlink.invitation_created",
      targetType: "cashlink_invitation",
      targetId: null,
      details: { investorId: input.investorId, campaignId: input.campaignId, units: input.units },
    },
    send: (idempotencyKey) => client(deps).createInvitation(input, { idempotencyKey }),
    settle: (invitation) => ({ result: invitation.id, resultId: invitation.id, targetId: invitation.id }),
  });
  return { invitationId: outcome.replayed ? outcome.resultId! : outcome.result };
}

/** The guide's first PATCH: the investor's self-disclosure answers (needed above EUR 1,000). */
export async function recordSelfDisclosure(actor: CurrentUser, input: SelfDisclosureInput, deps: Deps = {}) {
  const answers = { submittedAt: input.submittedAt.toISOString(), monthlyIncome: input.monthlyIncome, netWorth100k: input.netWorth100k };
  await runCashlinkWrite(actor, {
    kind: "SELF_DISCLOSURE",
    dedupe: input.submissionId,
    subjectId: input.invitationId,
    body: answers,
    audit: invitationAudit("cashlink.self_disclosure_recorded", input.invitationId, answers),
    send: (idempotencyKey) => client(deps).submitSelfDisclosure(input.invitationId, answers, { idempotencyKey }),
    settle: (invitation) => ({ result: null, resultId: invitation.id }),
  });
}

/** The knowledge-and-experience survey; an empty list records that the investor gave no answers (a waiver follows). */
export async function recordSurvey(actor: CurrentUser, input: SurveyInput, deps: Deps = {}) {
  const survey = { submittedAt: input.submittedAt.toISOString(), answers: input.answers };
  await runCashlinkWrite(actor, {
    kind: "SURVEY",
    dedupe: input.submissionId,
    subjectId: input.invitationId,
    body: survey,
    audit: invitationAudit("cashlink.survey_recorded", input.invitationId, {
      submittedAt: survey.submittedAt,
      answered: input.answers.length,
      positive: input.answers.filter((a) => a.answer).length,
    }),
    send: (idempotencyKey) => client(deps).submitSurvey(input.invitationId, survey, { idempotencyKey }),
    settle: (invitation) => ({ result: invitation.survey_result ?? null, resultId: invitation.id }),
  });
}

/** NO_ANSWERS after an empty survey, NEGATIVE_RESULT after a negative one (the investor's waiver). */
export async function recordSurveyWaiver(actor: CurrentUser, input: SurveyWaiverInput, deps: Deps = {}) {
  await runCashlinkWrite(actor, {
    kind: "SURVEY_WAIVER",
    dedupe: input.submissionId,
    subjectId: input.invitationId,
    body: { survey_waiver: input.waiver },
    audit: invitationAudit("cashlink.survey_waived", input.invitationId, { waiver: input.waiver }),
    send: (idempotencyKey) => client(deps).waiveSurvey(input.invitationId, input.waiver, { idempotencyKey }),
    settle: (invitation) => ({ result: null, resultId: invitation.id }),
  });
}

export async function createCashlinkInvestor(actor: CurrentUser, input: CreateInvestorInput, deps: Deps = {}) {
  const body = {
    natural_person: {
      salutation: input.salutation,
      forename: input.forename,
      surname: input.surname,
      birth_date: input.birthDate,
      citizenship: input.citizenship,
      // Cashlink does not onboard US-taxable persons; the form states it and we send it explicitly.
      is_subject_to_us_tax: false,
    },
    communication: input.email ? { email: input.email } : undefined,
  };
  const outcome = await runCashlinkWrite(actor, {
    kind: "INVESTOR_CREATE",
    dedupe: input.submissionId,
    subjectId: null,
    body,
    // Field names only: the values are personal data and stay at Cashlink.
    audit: { action: "cashlink.investor_created", targetType: "cashlink_investor", targetId: null, details: { fields: fieldsOf(body) } },
    send: (idempotencyKey) => client(deps).createInvestor(body, { idempotencyKey }),
    settle: (investor) => ({ result: investor.id, resultId: investor.id, targetId: investor.id }),
  });
  return { investorId: outcome.replayed ? outcome.resultId! : outcome.result };
}

/** A completed KYC identification (e.g. POSTIDENT with an ID card); the investor counts as identified after it. */
export async function identifyCashlinkInvestor(actor: CurrentUser, input: IdentifyInvestorInput, deps: Deps = {}) {
  const identification = {
    document_type: input.documentType,
    document_id: input.documentId,
    document_issuer: input.documentIssuer,
    document_valid_to: input.documentValidTo,
    identity_provider: input.identityProvider,
    verified_at: input.verifiedAt.toISOString(),
  };
  await runCashlinkWrite(actor, {
    kind: "INVESTOR_IDENTIFY",
    dedupe: input.submissionId,
    subjectId: input.investorId,
    body: identification,
    audit: {
      action: "cashlink.investor_identified",
      targetType: "cashlink_investor",
      targetId: input.investorId,
      // The document number is personal data: type, provider and time only.
      details: { documentType: input.documentType, identityProvider: input.identityProvider, verifiedAt: identification.verified_at },
    },
    send: (idempotencyKey) => client(deps).identifyInvestor(input.investorId, identification, { idempotencyKey }),
    settle: (created) => ({ result: null, resultId: created.id }),
  });
}

export async function addCashlinkWallet(actor: CurrentUser, input: AddWalletInput, deps: Deps = {}) {
  const body = input.type === "eth-generic" ? { type: input.type, address: input.address, receivingEnabled: true } : { type: input.type };
  await runCashlinkWrite(actor, {
    kind: "WALLET_CREATE",
    dedupe: input.submissionId,
    subjectId: input.investorId,
    body,
    audit: { action: "cashlink.wallet_created", targetType: "cashlink_investor", targetId: input.investorId, details: body },
    send: (idempotencyKey) =>
      input.type === "eth-generic"
        ? client(deps).createGenericWallet(input.investorId, { address: input.address!, receivingEnabled: true }, { idempotencyKey })
        : client(deps).createManagedWallet(input.investorId, { idempotencyKey }),
    settle: (wallet) => ({ result: null, resultId: wallet.id }),
  });
}

/**
 * ACCEPTED → PAID. One row per investment (a payment is recorded once), so a second click, or a
 * colleague marking the same investment, re-sends our first request's key or finds it done.
 */
export async function markCashlinkInvestmentPaid(actor: CurrentUser, input: MarkInvestmentPaidInput, deps: Deps = {}) {
  const paidAt = input.paidAt.toISOString();
  const outcome = await runCashlinkWrite(actor, {
    kind: "INVESTMENT_PAID",
    dedupe: input.investmentId,
    subjectId: input.investmentId,
    body: { paid_at: paidAt },
    audit: { action: "cashlink.investment_paid", targetType: "cashlink_investment", targetId: input.investmentId, details: { paidAt } },
    send: (idempotencyKey) => client(deps).markInvestmentPaid(input.investmentId, paidAt, { idempotencyKey }),
    settle: (investment) => ({
      result: investment.status,
      resultId: investment.id,
      apply: (tx) => recordStatus(tx, investment.id, investment.status, investment.updated_at),
    }),
  });
  return { status: outcome.replayed ? "PAID" : outcome.result, alreadyDone: outcome.replayed };
}

export type AcceptResult = { investmentId: string; outcome: "accepted" | "already_accepted" | "failed"; message: string };

/**
 * WAITING_FOR_ACCEPTANCE → ACCEPTED for each selected investment, one after the other (Cashlink
 * has no bulk call), with a result per investment: one refusal does not stop the rest.
 */
export async function acceptCashlinkInvestments(actor: CurrentUser, input: AcceptInvestmentsInput, deps: Deps = {}) {
  const acceptedAt = input.acceptedAt.toISOString();
  const results: AcceptResult[] = [];
  for (const investmentId of input.investmentIds) {
    try {
      const outcome = await runCashlinkWrite(actor, {
        kind: "INVESTMENT_ACCEPT",
        dedupe: investmentId,
        subjectId: investmentId,
        body: { accepted_at: acceptedAt },
        audit: {
          action: "cashlink.investment_accepted",
          targetType: "cashlink_investment",
          targetId: investmentId,
          details: { acceptedAt, bulk: input.investmentIds.length },
        },
        send: (idempotencyKey) => client(deps).acceptInvestment(investmentId, acceptedAt, { idempotencyKey }),
        settle: (investment) => ({
          result: investment.status,
          resultId: investment.id,
          apply: (tx) => recordStatus(tx, investment.id, investment.status, investment.updated_at),
        }),
      });
      results.push(
        outcome.replayed
          ? { investmentId, outcome: "already_accepted", message: "Already accepted from the back office; nothing sent again." }
          : { investmentId, outcome: "accepted", message: `Accepted (status ${outcome.result}).` },
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ investmentId, outcome: "failed", message: error.message });
    }
  }
  return results;
}

/** Keeps our investment request's status current when it is ours; a newer webhook status is never overwritten. */
async function recordStatus(tx: Tx, investmentId: string, status: string, updatedAt: string | null | undefined) {
  const at = updatedAt ? new Date(updatedAt) : new Date();
  await tx.cashlinkInvestmentRequest.updateMany({
    where: { investmentId, OR: [{ investmentStatusAt: null }, { investmentStatusAt: { lte: at } }] },
    data: { investmentStatus: status, investmentStatusAt: at },
  });
}

function invitationAudit(
  action: "cashlink.self_disclosure_recorded" | "cashlink.survey_recorded" | "cashlink.survey_waived",
  invitationId: string,
  details: Record<string, unknown>,
) {
  return { action, targetType: "cashlink_invitation", targetId: invitationId, details };
}

function fieldsOf(value: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined
      ? []
      : v && typeof v === "object" && !Array.isArray(v)
        ? fieldsOf(v as Record<string, unknown>, `${prefix}${k}.`)
        : [`${prefix}${k}`],
  );
}
