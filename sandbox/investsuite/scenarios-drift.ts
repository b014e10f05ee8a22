import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { isoDatetime } from "./state";
import { amountSchema, PORTFOLIO_STATUSES } from "./portfolio-schema";
import { getPortfolio } from "./portfolios-routes";
import { portfolioToWire } from "./portfolio-wire";
import type { Runtime } from "./runtime";
import { parseOrThrow } from "./validation";

/** Who "changed" it: an InvestSuite operator, not the API client and not the owner. */
const OPERATOR = "UOPERATOR0000000000000000000";

/**
 * Drift control (issue 15) under /investsuite/__sandbox/: holdings changed at InvestSuite
 * with no event at all (a manual correction in their console), so only the reconciliation
 * can notice. A new version is written, as InvestSuite always does; nothing is emitted.
 */
export function registerDriftScenarioRoutes(app: FastifyInstance, rt: Runtime) {
  registerSilentStatusRoute(app, rt);
  // POST /__sandbox/drift/portfolios/:id/holdings {"holdings": {"$EUR": "120.50"}} - set positions silently (0 removes one)
  app.post("/drift/portfolios/:id/holdings", async (request) => {
    const before = getPortfolio(rt, (request.params as { id: string }).id, { live: true });
    const { holdings } = parseOrThrow(z.strictObject({ holdings: z.record(z.string().min(1), amountSchema) }), request.body ?? {});
    const portfolio = { ...before.portfolio };
    for (const [key, quantity] of Object.entries(holdings)) portfolio[key] = String(quantity);
    const next = {
      ...before,
      portfolio,
      version: before.version + 1,
      version_datetime: isoDatetime(rt.now()),
      version_authored_by_user_id: OPERATOR,
    };
    rt.state.portfolios[next.id] = next;
    rt.markDirty();
    return portfolioToWire(next);
  });
}

/** A status forced at InvestSuite without the portfolios.status-update event (the event for it is lost). */
export function registerSilentStatusRoute(app: FastifyInstance, rt: Runtime) {
  // POST /__sandbox/drift/portfolios/:id/status {"status": "INACTIVE"} - change the status, emit nothing
  app.post("/drift/portfolios/:id/status", async (request) => {
    const before = getPortfolio(rt, (request.params as { id: string }).id, { live: true });
    const { status } = parseOrThrow(z.strictObject({ status: z.enum(PORTFOLIO_STATUSES) }), request.body ?? {});
    const next = {
      ...before,
      status,
      version: before.version + 1,
      version_datetime: isoDatetime(rt.now()),
      version_authored_by_user_id: OPERATOR,
    };
    rt.state.portfolios[next.id] = next;
    rt.markDirty();
    return portfolioToWire(next);
  });
}
