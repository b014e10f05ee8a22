import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { API_CLIENT_USER_ID } from "./auth";
import { stringifyWithDecimals } from "./decimal-json";
import { notFound } from "./errors";
import { holdingsAfterFreeingCash, pendingDivest } from "./holdings";
import { amountSchema, PORTFOLIO_STATUSES } from "./portfolio-schema";
import { commitPortfolio, derivedStatus, emitOptimization } from "./portfolio-model";
import { getPortfolio } from "./portfolios-routes";
import { registerDriftScenarioRoutes } from "./scenarios-drift";
import { portfolioToWire } from "./portfolio-wire";
import type { Runtime } from "./runtime";
import { parseOrThrow } from "./validation";

type IdParams = { id: string };

/**
 * Scenario controls under /investsuite/__sandbox/ (only when SANDBOX_CONTROLS=true): they
 * play the parts InvestSuite's own app and optimizer play in the withdrawal flow, so the
 * back office can be driven through it end to end. Each is described in README.md.
 */
export function registerScenarioRoutes(app: FastifyInstance, rt: Runtime) {
  registerDriftScenarioRoutes(app, rt);
  // GET /__sandbox/events?since=<seq|ISO datetime> - every emitted event, oldest first
  app.get("/events", async (request, reply) => {
    const since = (request.query as { since?: string }).since;
    const events = rt.bus.since(since);
    // Bodies are sent exactly as they were delivered (money as written, not re-parsed floats).
    const items = events.map((e) => `{"seq":${e.seq},"delivery":${JSON.stringify(e.delivery)},"event":${e.body}}`);
    return reply.type("application/json").send(`{"last_seq":${rt.state.eventSeq},"events":[${items.join(",")}]}`);
  });

  // GET /__sandbox/cash-transfers?portfolio=P... - what POST /events/deposit|withdraw/ recorded
  app.get("/cash-transfers", async (request) => {
    const portfolio = (request.query as { portfolio?: string }).portfolio;
    return { results: rt.state.cashTransfers.filter((t) => !portfolio || t.portfolio_id === portfolio) };
  });

  // POST /__sandbox/portfolios/:id/request-withdrawal {"amount": 500 | "full" | 0} - the customer asks for cash in the app
  app.post("/portfolios/:id/request-withdrawal", async (request) => {
    const before = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    const { amount } = parseOrThrow(z.strictObject({ amount: z.union([z.literal("full"), amountSchema]) }), request.body ?? {});
    const settings = { ...before.config.manager_settings, divest_amount: amount === "full" ? "1e+100" : amount };
    // Authored by the owner: in production the InvestSuite app sets divest_amount on the customer's behalf.
    const after = commitPortfolio(
      rt,
      before,
      { ...before, config: { ...before.config, manager_settings: settings } },
      before.owned_by_user_id,
    );
    return portfolioToWire(after);
  });

  // POST /__sandbox/portfolios/:id/free-cash - the optimizer's sell orders execute and the holdings turn into cash
  app.post("/portfolios/:id/free-cash", async (request) => {
    const before = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    if (!pendingDivest(before)) return { ...portfolioToWire(before), _sandbox: "no withdrawal pending; nothing sold" };
    emitOptimization(rt, before, true);
    const after = { ...before, portfolio: holdingsAfterFreeingCash(before) };
    after.status = derivedStatus(after);
    return portfolioToWire(commitPortfolio(rt, before, after, API_CLIENT_USER_ID));
  });

  // POST /__sandbox/portfolios/:id/status {"status": "INACTIVE"} - force a status (emits portfolios.status-update)
  app.post("/portfolios/:id/status", async (request) => {
    const before = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    const { status } = parseOrThrow(z.strictObject({ status: z.enum(PORTFOLIO_STATUSES) }), request.body ?? {});
    return portfolioToWire(commitPortfolio(rt, before, { ...before, status }, API_CLIENT_USER_ID));
  });

  // POST /__sandbox/portfolios/:id/optimization {"is_recommended": true, "owner_choice": "ACCEPT"} - optimizer result / advisory answer
  app.post("/portfolios/:id/optimization", async (request) => {
    const p = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    const body = parseOrThrow(
      z.strictObject({
        is_recommended: z.boolean().default(true),
        owner_choice: z.enum(["ACCEPT", "REJECT", "REOPTIMIZE", "IGNORED"]).optional(),
      }),
      request.body ?? {},
    );
    const id = emitOptimization(rt, p, body.is_recommended);
    if (body.owner_choice)
      rt.bus.emit("optimizations", "owner-choice-update", { id, portfolio_id: p.id, external_id: p.external_id, value: body.owner_choice });
    return { optimization_id: id };
  });

  // POST /__sandbox/assessments {"profile_id": "N...", "value": "ACCEPTED"} - a suitability assessment changes state
  app.post("/assessments", async (request) => {
    const body = parseOrThrow(
      z.strictObject({
        profile_id: z.string().min(1),
        questionnaire_id: z.string().min(1).default("default"),
        // Seed 000 lists COOLDOWN in its prose (not in the example's value list): a user who must wait before retrying.
        value: z.enum(["IN_PROGRESS", "COMPLETED", "ACCEPTED", "COOLDOWN", "EXPIRED"]),
      }),
      request.body ?? {},
    );
    const data: Record<string, unknown> = { profile_id: body.profile_id, questionnaire_id: body.questionnaire_id, value: body.value };
    if (body.value === "ACCEPTED") data.accepted_datetime = new Date(rt.now()).toISOString().replace("Z", "+00:00");
    const event = rt.bus.emit("assessments", "assessment-status-update", data);
    return { event_id: event.id };
  });

  // GET /__sandbox/portfolios/:id/preview-free-cash - the holdings free-cash would leave, without changing anything
  app.get("/portfolios/:id/preview-free-cash", async (request, reply) => {
    const p = rt.state.portfolios[(request.params as IdParams).id];
    if (!p) throw notFound((request.params as IdParams).id);
    return reply
      .type("application/json")
      .send(stringifyWithDecimals({ portfolio: portfolioToWire({ ...p, portfolio: holdingsAfterFreeingCash(p) }).portfolio }));
  });
}
