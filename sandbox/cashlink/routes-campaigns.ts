import type { FastifyInstance } from "fastify";

import type { Auth } from "./auth";
import { notFound } from "./http-errors";
import { toMoney } from "./money";
import { listPage } from "./pagination";
import type { Store } from "./store";
import type { Campaign } from "./types";

/**
 * Campaigns are read-only through the API and referenced by id (products are set up
 * by Cashlink). No scope for them appears in the guides, so reads need
 * `investments:read` (inference).
 */
export function registerCampaignRoutes(app: FastifyInstance, store: Store, auth: Auth) {
  const read = { preHandler: auth.requireScope("investments:read") };

  // GET /v2/campaigns/ - list, oldest first
  app.get("/v2/campaigns/", read, async (request) => listPage(request, store.state.campaigns, [], serializeCampaign));

  // GET /v2/campaigns/{id}/
  app.get("/v2/campaigns/:id/", read, async (request) => {
    const campaign = store.campaign((request.params as { id: string }).id);
    if (!campaign) throw notFound();
    return serializeCampaign(campaign);
  });
}

function serializeCampaign(campaign: Campaign) {
  const { unit_price, currency, ...rest } = campaign;
  return { ...rest, unit_price: toMoney(unit_price, currency) };
}
