import Decimal from "decimal.js";

import type { Rng } from "../lib/rng";
import { NO_DISCLOSURE_LIMIT, SURVEY_QUESTIONS } from "./invitation-rules";
import { seededUuid } from "./seed-ids";
import {
  INVESTMENT_STATUSES,
  type Campaign,
  type Investment,
  type InvestmentStatus,
  type Investor,
  type Invitation,
  type SurveyAnswer,
  type Wallet,
} from "./types";

type SeedInput = { campaigns: Campaign[]; investors: Investor[]; wallets: Wallet[]; epoch: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Statuses only reachable before/without KYC, and those that need a delivery wallet. */
const PRE_KYC: InvestmentStatus[] = ["KYC_PENDING", "KYC_INSUFFICIENT"];
const NEEDS_WALLET: InvestmentStatus[] = ["PAID", "DELIVERED"];
/** Status path each seeded status went through, to stamp accepted/paid/delivered dates consistently. */
const REACHED_ACCEPTANCE: InvestmentStatus[] = ["ACCEPTED", "PAID", "DELIVERED", "PAYMENT_MISSING"];
const REACHED_PAYMENT: InvestmentStatus[] = ["PAID", "DELIVERED"];

/**
 * Invitations at every stage. Stages cycle by index so even a tiny
 * SANDBOX_CL_INVITATIONS covers them: 0 created, 1 self-disclosure given,
 * 2 survey given but waiver missing, 3 complete but unused, 4–9 used for an
 * investment whose status cycles through all documented statuses.
 */
export function seedInvitations(rng: Rng, count: number, input: SeedInput) {
  const identified = input.investors.filter((i) => i.identifications.length > 0);
  const unidentified = input.investors.filter((i) => i.identifications.length === 0);
  const withWallet = identified.filter((i) => input.wallets.some((w) => w.investor_id === i.id));
  const invitations: Invitation[] = [];
  const investments: Investment[] = [];
  let statusCursor = 0;

  for (let i = 0; i < count; i++) {
    const stage = i % 10;
    const status = stage >= 4 ? (INVESTMENT_STATUSES[statusCursor++ % INVESTMENT_STATUSES.length] as InvestmentStatus) : null;
    const pool = !status
      ? input.investors
      : PRE_KYC.includes(status)
        ? unidentified
        : NEEDS_WALLET.includes(status)
          ? withWallet
          : identified;
    const investor = rng.pick(pool.length > 0 ? pool : input.investors);
    const campaign = rng.pick(input.campaigns);
    const units = pickUnits(rng, campaign);
    const amount = new Decimal(campaign.unit_price).times(units);
    const createdMs = input.epoch + 12 * HOUR + i * 5 * HOUR;
    const at = (offsetMs: number) => new Date(createdMs + offsetMs).toISOString();

    const needsWaiverStage = stage === 2;
    const survey = pickSurvey(rng, needsWaiverStage);
    const invitation: Invitation = {
      id: seededUuid(rng),
      investor_id: investor.id,
      campaign_id: campaign.id,
      units,
      self_disclosure_submitted_at: stage >= 1 ? at(10 * MINUTE) : null,
      // Answers always cover the amount: the sandbox refuses insufficient ones, so none can be stored.
      self_disclosure_monthly_income: stage >= 1 ? amount.greaterThan(10_000) || rng.bool(0.5) : null,
      self_disclosure_net_worth_100k: stage >= 1 ? amount.greaterThan(NO_DISCLOSURE_LIMIT) || rng.bool(0.3) : null,
      survey_submitted_at: stage >= 2 ? at(20 * MINUTE) : null,
      survey: stage >= 2 ? survey.answers : null,
      survey_waiver: stage >= 3 ? survey.waiver : null,
      costs_document: { id: seededUuid(rng), created_at: at(MINUTE) },
      costs_document_pending: false,
      investment_id: null,
      created_at: at(0),
      updated_at: at(25 * MINUTE),
    };
    invitations.push(invitation);
    if (!status) continue;

    const signedMs = createdMs + 30 * MINUTE;
    const changedMs = signedMs + rng.int(1, 20) * DAY;
    const wallet = input.wallets.find((w) => w.investor_id === investor.id);
    const investment: Investment = {
      id: seededUuid(rng),
      investor_id: investor.id,
      campaign_id: campaign.id,
      invitation_id: invitation.id,
      units,
      signed_at: new Date(signedMs).toISOString(),
      accepted_at: REACHED_ACCEPTANCE.includes(status) ? new Date(changedMs - 2 * DAY).toISOString() : null,
      paid_at: REACHED_PAYMENT.includes(status) ? new Date(changedMs - DAY).toISOString() : null,
      delivered_at: status === "DELIVERED" ? new Date(changedMs).toISOString() : null,
      wallet: wallet && (NEEDS_WALLET.includes(status) || rng.bool(0.5)) ? wallet.id : null,
      status,
      status_changed_at: new Date(changedMs).toISOString(),
      created_at: new Date(signedMs).toISOString(),
      updated_at: new Date(changedMs).toISOString(),
    };
    invitation.investment_id = investment.id;
    investments.push(investment);
  }
  return { invitations, investments };
}

/** Units worth EUR 500 – 25,000, the range self-disclosure answers can cover. */
function pickUnits(rng: Rng, campaign: Campaign): number {
  const target = new Decimal(rng.pick([500, 900, 1_100, 2_500, 5_000, 10_000, 20_000, 25_000]));
  const units = target.dividedBy(campaign.unit_price).floor().toNumber();
  return Math.min(Math.max(units, campaign.min_units), campaign.max_units);
}

/** Positive, negative or empty survey, and the waiver each needs. */
function pickSurvey(rng: Rng, mustNeedWaiver: boolean): { answers: SurveyAnswer[]; waiver: Invitation["survey_waiver"] } {
  const roll = rng.next();
  if (!mustNeedWaiver && roll < 0.5)
    return { answers: SURVEY_QUESTIONS.map((question_id) => ({ question_id, answer: true })), waiver: null };
  if (roll < 0.75) {
    const wrong = rng.int(0, SURVEY_QUESTIONS.length - 1);
    return { answers: SURVEY_QUESTIONS.map((question_id, j) => ({ question_id, answer: j !== wrong })), waiver: "NEGATIVE_RESULT" };
  }
  return { answers: [], waiver: "NO_ANSWERS" };
}
