import { randomUUID } from "node:crypto";

import type { FastifyInstance } from "fastify";
import { z } from "zod";

import type { Auth } from "./auth";
import { ApiError, badRequest, foundById, parseBody } from "./http-errors";
import { runIdempotent } from "./idempotency";
import { changeStatus, initialStatus } from "./investment-status";
import { missingRequirements } from "./invitation-rules";
import { investmentAmount, toMoney } from "./money";
import { listPage } from "./pagination";
import type { Store } from "./store";
import type { Campaign, Investment, Investor } from "./types";
import type { WebhookDispatcher } from "./webhooks";

const datetime = z.iso.datetime({ offset: true });

const createSchema = z.object({
  invitation_id: z.string().min(1).optional(),
  investor_id: z.string().min(1).optional(),
  campaign_id: z.string().min(1).optional(),
  units: z.number().int().positive().optional(),
  signed_at: datetime.optional(),
  accepted_at: datetime.optional(),
  paid_at: datetime.optional(),
  wallet: z.string().min(1).optional(),
});

/**
 * `accepted_at` on a PATCH is our inference: the docs let a create carry `accepted_at` ("skips
 * issuer acceptance") and record payments "by setting a payment date (`paid_at`)"; setting the
 * acceptance date the same way is the matching write for an investment already waiting.
 */
const patchSchema = z.object({ wallet: z.string().min(1).optional(), accepted_at: datetime.optional(), paid_at: datetime.optional() });

/** Investments (`/v2/investments/`): created from a complete invitation or directly. */
export function registerInvestmentRoutes(app: FastifyInstance, store: Store, auth: Auth, webhooks: WebhookDispatcher) {
  const { read, write } = auth.guards("investments");
  const find = (params: unknown) => foundById(params, (id) => store.investment(id));
  const serialize = (investment: Investment) => serializeInvestment(store, investment);

  // POST /v2/investments/ - turn a complete invitation (or investor + campaign + units) into an investment
  app.post("/v2/investments/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const body = parseBody(createSchema, request.body);
      // Without signed_at Cashlink starts a web-based subscription, which needs an allow-listed account.
      if (!body.signed_at) {
        throw badRequest(
          "signed_at",
          "This field is required. Web-based subscription (omitting signed_at) is not enabled for this account.",
        );
      }
      const source = body.invitation_id ? fromInvitation(store, body.invitation_id, body.accepted_at) : direct(store, body);
      const investor = store.investor(source.investor_id) as Investor;
      if (body.wallet) assertOwnWallet(store, investor, body.wallet);
      const now = new Date().toISOString();
      const investment: Investment = {
        id: randomUUID(),
        ...source,
        signed_at: body.signed_at,
        accepted_at: null,
        paid_at: null,
        delivered_at: null,
        wallet: body.wallet ?? null,
        status: initialStatus(investor),
        status_changed_at: now,
        created_at: now,
        updated_at: now,
      };
      store.state.investments.push(investment);
      if (investment.invitation_id)
        (store.invitation(investment.invitation_id) as { investment_id: string | null }).investment_id = investment.id;
      store.changed();
      webhooks.emit({ investment_id: investment.id, status: investment.status, changed_at: now });
      // accepted_at / paid_at on a direct investment skip those steps, when KYC allows it.
      if (investment.status === "WAITING_FOR_ACCEPTANCE" && body.accepted_at) {
        investment.accepted_at = body.accepted_at;
        changeStatus(store, webhooks, investment, "ACCEPTED");
        if (body.paid_at) {
          investment.paid_at = body.paid_at;
          changeStatus(store, webhooks, investment, "PAID");
        }
      }
      return { status: 201, body: serialize(investment) };
    }),
  );

  // GET /v2/investments/ - list, oldest first; optional investor_id / campaign_id / status filters
  app.get("/v2/investments/", read, async (request) =>
    listPage(request, store.state.investments, ["investor_id", "campaign_id", "status"], serialize),
  );

  // GET /v2/investments/{id}/
  app.get("/v2/investments/:id/", read, async (request) => serialize(find(request.params)));

  // PATCH /v2/investments/{id}/ - set the delivery wallet, accept (accepted_at) or record the payment (paid_at)
  app.patch("/v2/investments/:id/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const investment = find(request.params);
      const body = parseBody(patchSchema, request.body);
      // Check every precondition before changing anything, so a refused PATCH has no partial effect.
      if (body.accepted_at !== undefined && investment.status !== "WAITING_FOR_ACCEPTANCE") {
        throw badRequest("accepted_at", `Only an investment WAITING_FOR_ACCEPTANCE can be accepted; this one is ${investment.status}.`);
      }
      const acceptsFirst = body.accepted_at !== undefined;
      if (body.paid_at !== undefined && investment.status !== "ACCEPTED" && !acceptsFirst) {
        throw badRequest("paid_at", `A payment can only be recorded for an ACCEPTED investment; this one is ${investment.status}.`);
      }
      if (body.wallet !== undefined) {
        if (investment.status === "DELIVERED")
          throw badRequest("wallet", "The securities were already delivered; the wallet can no longer be changed.");
        assertOwnWallet(store, store.investor(investment.investor_id) as Investor, body.wallet);
        investment.wallet = body.wallet;
        investment.updated_at = new Date().toISOString();
        store.changed();
      }
      if (body.accepted_at !== undefined) {
        investment.accepted_at = body.accepted_at;
        changeStatus(store, webhooks, investment, "ACCEPTED");
      }
      if (body.paid_at !== undefined) {
        investment.paid_at = body.paid_at;
        changeStatus(store, webhooks, investment, "PAID");
      }
      return { status: 200, body: serialize(investment) };
    }),
  );
}

type Source = Pick<Investment, "investor_id" | "campaign_id" | "invitation_id" | "units">;

function fromInvitation(store: Store, invitationId: string, acceptedAt: string | undefined): Source {
  const invitation = store.invitation(invitationId);
  if (!invitation) throw badRequest("invitation_id", `Invalid pk "${invitationId}" - object does not exist.`);
  if (invitation.investment_id)
    throw badRequest("invitation_id", `The invitation was already used for investment ${invitation.investment_id}.`);
  if (acceptedAt) throw badRequest("accepted_at", "Creating accepted investments is not possible when using an invitation.");
  const missing = missingRequirements(invitation, store.campaign(invitation.campaign_id) as Campaign);
  if (missing.length > 0) {
    // One summary naming every missing field, plus the reason under each field (DRF field-error shape).
    throw new ApiError(400, {
      invitation_id: [`The invitation is not complete. Missing: ${missing.map((m) => m.field).join(", ")}.`],
      ...Object.fromEntries(missing.map((m) => [m.field, [m.message]])),
    });
  }
  return {
    investor_id: invitation.investor_id,
    campaign_id: invitation.campaign_id,
    invitation_id: invitation.id,
    units: invitation.units,
  };
}

function direct(store: Store, body: z.infer<typeof createSchema>): Source {
  const errors: Record<string, string[]> = {};
  if (!body.investor_id) errors.investor_id = ["This field is required."];
  else if (!store.investor(body.investor_id)) errors.investor_id = [`Invalid pk "${body.investor_id}" - object does not exist.`];
  if (!body.campaign_id) errors.campaign_id = ["This field is required."];
  else if (!store.campaign(body.campaign_id)) errors.campaign_id = [`Invalid pk "${body.campaign_id}" - object does not exist.`];
  if (!body.units) errors.units = ["This field is required."];
  if (Object.keys(errors).length > 0) throw new ApiError(400, errors);
  return {
    investor_id: body.investor_id as string,
    campaign_id: body.campaign_id as string,
    invitation_id: null,
    units: body.units as number,
  };
}

function assertOwnWallet(store: Store, investor: Investor, walletId: string) {
  const wallet = store.wallet(walletId);
  if (!wallet) throw badRequest("wallet", `Invalid pk "${walletId}" - object does not exist.`);
  if (wallet.investor_id !== investor.id) throw badRequest("wallet", "The wallet belongs to a different investor.");
}

export function serializeInvestment(store: Store, investment: Investment) {
  const campaign = store.campaign(investment.campaign_id) as Campaign;
  return { ...investment, amount: toMoney(investmentAmount(campaign, investment.units), campaign.currency) };
}
