import { randomUUID } from "node:crypto";

import type { FastifyInstance } from "fastify";
import { z } from "zod";

import type { Auth } from "./auth";
import { ApiError, badRequest, foundById, parseBody } from "./http-errors";
import { runIdempotent } from "./idempotency";
import {
  insufficientDisclosureMessage,
  missingRequirements,
  SELF_DISCLOSURE_QUESTIONS,
  SURVEY_QUESTIONS,
  selfDisclosureLimit,
  selfDisclosureRequired,
  surveyResult,
} from "./invitation-rules";
import { investmentAmount, toMoney } from "./money";
import { listPage } from "./pagination";
import type { Store } from "./store";
import { SURVEY_WAIVERS, type Campaign, type Invitation } from "./types";

const datetime = z.iso.datetime({ offset: true });

// Unknown keys are dropped rather than refused, as DRF serializers do.
const invitationFields = {
  units: z.number().int().positive(),
  self_disclosure_submitted_at: datetime.nullable(),
  self_disclosure_monthly_income: z.boolean().nullable(),
  self_disclosure_net_worth_100k: z.boolean().nullable(),
  survey_submitted_at: datetime.nullable(),
  survey: z.array(z.object({ question_id: z.enum(SURVEY_QUESTIONS), answer: z.boolean() })).nullable(),
  survey_waiver: z.enum(SURVEY_WAIVERS).nullable(),
};
const patchSchema = z.object(invitationFields).partial();
const createSchema = patchSchema.extend({ investor_id: z.string().min(1), campaign_id: z.string().min(1), units: invitationFields.units });

/** Invitations (`/v2/invitations/`): the online investment process before signing. */
export function registerInvitationRoutes(app: FastifyInstance, store: Store, auth: Auth) {
  const { read, write } = auth.guards("investments");
  const find = (params: unknown) => foundById(params, (id) => store.invitation(id));
  const serialize = (invitation: Invitation) => serializeInvitation(store, invitation, true);
  const written = (invitation: Invitation) => serializeInvitation(store, invitation, false);

  // POST /v2/invitations/ - start an investment process for investor + campaign + units
  app.post("/v2/invitations/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const { investor_id, campaign_id, ...fields } = parseBody(createSchema, request.body);
      if (!store.investor(investor_id)) throw badRequest("investor_id", `Invalid pk "${investor_id}" - object does not exist.`);
      const campaign = store.campaign(campaign_id);
      if (!campaign) throw badRequest("campaign_id", `Invalid pk "${campaign_id}" - object does not exist.`);
      const now = new Date().toISOString();
      const invitation: Invitation = {
        id: randomUUID(),
        investor_id,
        campaign_id,
        units: fields.units,
        self_disclosure_submitted_at: null,
        self_disclosure_monthly_income: null,
        self_disclosure_net_worth_100k: null,
        survey_submitted_at: null,
        survey: null,
        survey_waiver: null,
        costs_document: null,
        costs_document_pending: true,
        investment_id: null,
        created_at: now,
        updated_at: now,
      };
      applyChanges(invitation, fields, campaign);
      store.state.invitations.push(invitation);
      store.changed();
      return { status: 201, body: written(invitation) };
    }),
  );

  // GET /v2/invitations/ - list, oldest first; optional investor_id / campaign_id filters
  app.get("/v2/invitations/", read, async (request) =>
    listPage(request, store.state.invitations, ["investor_id", "campaign_id"], serialize),
  );

  // GET /v2/invitations/{id}/
  app.get("/v2/invitations/:id/", read, async (request) => serialize(find(request.params)));

  // PATCH /v2/invitations/{id}/ - self-disclosure, survey and waiver as the investor goes through the frontend
  app.patch("/v2/invitations/:id/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const invitation = find(request.params);
      const changes = parseBody(patchSchema, request.body);
      if (invitation.investment_id) {
        throw new ApiError(400, {
          non_field_errors: [`The invitation was already used for investment ${invitation.investment_id} and can no longer be changed.`],
        });
      }
      applyChanges(invitation, changes, store.campaign(invitation.campaign_id) as Campaign);
      store.changed();
      return { status: 200, body: written(invitation) };
    }),
  );
}

/**
 * Validates and applies invitation fields. Insufficient self-disclosure answers
 * are refused immediately, as Cashlink documents; the cost document is
 * regenerated (asynchronously) on every change.
 */
function applyChanges(invitation: Invitation, changes: z.infer<typeof patchSchema>, campaign: Campaign) {
  const next: Invitation = { ...invitation, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  if (next.units < campaign.min_units || next.units > campaign.max_units) {
    throw badRequest("units", `Ensure units is between ${campaign.min_units} and ${campaign.max_units} for this campaign.`);
  }
  const amount = investmentAmount(campaign, next.units);
  if (next.self_disclosure_submitted_at && selfDisclosureRequired(amount) && selfDisclosureLimit(next).lessThan(amount)) {
    throw badRequest("self_disclosure", insufficientDisclosureMessage(next, amount, campaign.currency));
  }
  Object.assign(invitation, next, { costs_document: null, costs_document_pending: true, updated_at: new Date().toISOString() });
}

/**
 * Cashlink renders the costs document asynchronously ("if it is missing,
 * re-fetch until it appears"). Here write responses carry `null` and the
 * document appears on the next read.
 */
export function serializeInvitation(store: Store, invitation: Invitation, isRead: boolean) {
  const campaign = store.campaign(invitation.campaign_id) as Campaign;
  if (isRead && invitation.costs_document_pending) {
    invitation.costs_document = { id: randomUUID(), created_at: new Date().toISOString() };
    invitation.costs_document_pending = false;
    store.changed();
  }
  const { costs_document_pending: _internal, ...fields } = invitation;
  const amount = investmentAmount(campaign, invitation.units);
  return {
    ...fields,
    amount: toMoney(amount, campaign.currency),
    self_disclosure_questions: selfDisclosureRequired(amount) ? [...SELF_DISCLOSURE_QUESTIONS] : [],
    survey_questions: [...SURVEY_QUESTIONS],
    survey_result: surveyResult(invitation.survey, invitation.survey_submitted_at),
    missing_requirements: invitation.investment_id ? [] : missingRequirements(invitation, campaign),
  };
}
