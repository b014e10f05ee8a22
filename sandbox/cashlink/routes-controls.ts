import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { notFound, parseBody } from "./http-errors";
import { changeStatus, nextOnHappyPath } from "./investment-status";
import { serializeInvestment } from "./routes-investments";
import { DEMO_CAMPAIGN_ID, DEMO_INVESTOR_ID } from "./seed-data";
import type { Store } from "./store";
import { INVESTMENT_STATUSES } from "./types";
import type { WebhookDispatcher } from "./webhooks";

const advanceSchema = z.object({ status: z.enum(INVESTMENT_STATUSES).optional() });

/**
 * Scenario controls under /cashlink/__sandbox/ (only with SANDBOX_CONTROLS=true).
 * They stand in for what happens on Cashlink's side (KYC review, issuer acceptance,
 * payment, token delivery), so they need no OAuth token and bypass fault injection.
 */
export function registerControlRoutes(app: FastifyInstance, store: Store, webhooks: WebhookDispatcher) {
  // POST /__sandbox/investments/{id}/advance - next happy-path status, or the given {status}; emits the webhook
  app.post("/__sandbox/investments/:id/advance", async (request) => {
    const investment = store.investment((request.params as { id: string }).id);
    if (!investment) throw notFound();
    const { status } = parseBody(advanceSchema, request.body);
    const previous = investment.status;
    const target = status ?? nextOnHappyPath(previous) ?? previous;
    changeStatus(store, webhooks, investment, target);
    return { previous_status: previous, investment: serializeInvestment(store, investment) };
  });

  // GET /__sandbox/summary - demo ids and counts, for people poking at the sandbox
  app.get("/__sandbox/summary", async () => {
    const { investors, wallets, invitations, investments, campaigns } = store.state;
    const byStatus: Record<string, number> = {};
    for (const investment of investments) byStatus[investment.status] = (byStatus[investment.status] ?? 0) + 1;
    return {
      demo_campaign_id: DEMO_CAMPAIGN_ID,
      demo_investor_id: DEMO_INVESTOR_ID,
      counts: {
        campaigns: campaigns.length,
        investors: investors.length,
        wallets: wallets.length,
        invitations: invitations.length,
        open_invitations: invitations.filter((i) => !i.investment_id).length,
        investments: investments.length,
      },
      investments_by_status: byStatus,
    };
  });
}
