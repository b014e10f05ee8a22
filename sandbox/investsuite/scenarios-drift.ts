import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { notFound } from "./errors";
import { entityId } from "./ids";
import { isoDatetime, type CashTransfer, type Portfolio } from "./state";
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
  registerCashTransferDriftRoutes(app, rt);
  // POST /__sandbox/drift/portfolios/:id/holdings {"holdings": {"$EUR": "120.50"}} - set positions silently (0 removes one)
  app.post("/drift/portfolios/:id/holdings", async (request) => {
    const before = getPortfolio(rt, (request.params as { id: string }).id, { live: true });
    const { holdings } = parseOrThrow(z.strictObject({ holdings: z.record(z.string().min(1), amountSchema) }), request.body ?? {});
    const portfolio = { ...before.portfolio };
    for (const [key, quantity] of Object.entries(holdings)) portfolio[key] = String(quantity);
    return silentVersion(rt, before, { portfolio });
  });
}

/** Stores `changes` as the portfolio's next version by the operator, and emits nothing: drift nobody told us about. */
function silentVersion(rt: Runtime, before: Portfolio, changes: Partial<Portfolio>) {
  const next = {
    ...before,
    ...changes,
    version: before.version + 1,
    version_datetime: isoDatetime(rt.now()),
    version_authored_by_user_id: OPERATOR,
  };
  rt.state.portfolios[next.id] = next;
  rt.markDirty();
  return portfolioToWire(next);
}

/** A status forced at InvestSuite without the portfolios.status-update event (the event for it is lost). */
export function registerSilentStatusRoute(app: FastifyInstance, rt: Runtime) {
  // POST /__sandbox/drift/portfolios/:id/status {"status": "INACTIVE"} - change the status, emit nothing
  app.post("/drift/portfolios/:id/status", async (request) => {
    const before = getPortfolio(rt, (request.params as { id: string }).id, { live: true });
    const { status } = parseOrThrow(z.strictObject({ status: z.enum(PORTFOLIO_STATUSES) }), request.body ?? {});
    return silentVersion(rt, before, { status });
  });
}

/**
 * Cash transfers recorded or lost at InvestSuite behind our back: a second withdrawal
 * transfer for one payout (a replayed withdraw event under another key), or our transfer gone.
 * Holdings are not touched, as POST /events/withdraw/ does not touch them either.
 */
function registerCashTransferDriftRoutes(app: FastifyInstance, rt: Runtime) {
  // POST /__sandbox/drift/portfolios/:id/cash-transfers {"amount": "100", "currency"?, "type"?: "CASH_WITHDRAWAL", "id"?, "creation_datetime"?}
  app.post("/drift/portfolios/:id/cash-transfers", async (request) => {
    const portfolio = getPortfolio(rt, (request.params as { id: string }).id, { live: true });
    const input = parseOrThrow(
      z.strictObject({
        amount: amountSchema,
        currency: z.string().length(3).optional(),
        type: z.enum(["CASH_DEPOSIT", "CASH_WITHDRAWAL"]).default("CASH_WITHDRAWAL"),
        id: z.string().min(1).optional(),
        creation_datetime: z.string().min(1).optional(),
        external_id: z.string().nullable().optional(),
      }),
      request.body ?? {},
    );
    const t = rt.now();
    const transfer: CashTransfer = {
      id: input.id ?? entityId("T", t),
      type: input.type,
      portfolio_id: portfolio.id,
      amount: String(input.amount),
      currency: input.currency ?? portfolio.base_currency,
      external_id: input.external_id ?? null,
      idempotency_key: null,
      creation_datetime: input.creation_datetime ?? isoDatetime(t),
    };
    rt.state.cashTransfers.push(transfer);
    rt.state.cashTransfers.sort((a, b) => Date.parse(a.creation_datetime) - Date.parse(b.creation_datetime));
    rt.markDirty();
    return transfer;
  });

  // POST /__sandbox/drift/cash-transfers/:id/remove - the transfer is gone (answers with what was removed)
  app.post("/drift/cash-transfers/:id/remove", async (request) => {
    const id = (request.params as { id: string }).id;
    const index = rt.state.cashTransfers.findIndex((t) => t.id === id);
    if (index < 0) throw notFound(id);
    const [removed] = rt.state.cashTransfers.splice(index, 1);
    rt.markDirty();
    return removed;
  });
}
