import type { FastifyInstance } from "fastify";

import { withNulls } from "../lib/with-nulls";
import { principalOf } from "./auth";
import { listCollection } from "./collections";
import { badRequest, conflict, notFound, writeOnce } from "./errors";
import { entityId } from "./ids";
import { createPortfolioSchema, managerSettingsSchema, patchPortfolioSchema, type PatchPortfolioInput } from "./portfolio-schema";
import { commitPortfolio, derivedStatus, ownerData } from "./portfolio-model";
import { BROKERAGE_FIELDS, isKnownPortfolioField, portfolioQueryView, portfolioToWire } from "./portfolio-wire";
import { route } from "./routes-util";
import type { Runtime } from "./runtime";
import { isoDatetime, type ManagerSettings, type Portfolio } from "./state";
import { userToWire } from "./users-routes";
import { parseOrThrow } from "./validation";

type IdParams = { id: string };

export function registerPortfolioRoutes(app: FastifyInstance, rt: Runtime) {
  const { state } = rt;

  // GET /portfolios/ - the collection, with limit/offset/embed/query (seed 001)
  route(app, "GET", "/portfolios/", async (request) =>
    listCollection(request, {
      items: () => Object.values(state.portfolios),
      toWire: portfolioToWire,
      queryView: portfolioQueryView,
      isKnownField: isKnownPortfolioField,
      embeddable: ["owned_by_user_id", "owned_by_user_ids", "readable_by", "modifiable_by", "version_authored_by_user_id"],
      resolve: (id) => resolveEntity(rt, id),
    }),
  );

  // POST /portfolios/ - create (seed 002 "Create portfolio")
  route(app, "POST", "/portfolios/", async (request, reply) => {
    const body = parseOrThrow(createPortfolioSchema, request.body ?? {});
    const settings = parseSettings(body.config.manager, body.config.manager_settings, request.body);
    checkOwner(rt, body.owned_by_user_id, request.body);
    checkExternalIdFree(rt, body.external_id ?? null, null, request.body);
    const t = rt.now();
    const author = principalOf(request);
    const portfolio: Portfolio = {
      id: entityId("P", t),
      external_id: body.external_id ?? null,
      readable_by: body.readable_by ?? [body.owned_by_user_id],
      modifiable_by: body.modifiable_by ?? [body.owned_by_user_id],
      name: body.name,
      owned_by_user_id: body.owned_by_user_id,
      base_currency: body.base_currency,
      money_type: body.money_type,
      // Seed 002: a new portfolio comes back with `"active": true` added to its settings.
      config: {
        manager: body.config.manager,
        manager_version: body.config.manager_version,
        manager_settings: { ...settings, active: settings.active ?? true },
      },
      brokerage_account: normaliseAccount(body.brokerage_account),
      owned_by_user_ids: body.owned_by_user_ids ?? [],
      portfolio: body.portfolio ?? {},
      snapshot_datetime: null,
      archived: body.archived ?? false,
      funded_since: body.funded_since ?? null,
      creation_datetime: isoDatetime(t),
      version: 1,
      version_datetime: isoDatetime(t),
      version_authored_by_user_id: author,
      deleted: false,
      status: "",
    };
    portfolio.status = derivedStatus(portfolio);
    state.portfolios[portfolio.id] = portfolio;
    rt.markDirty();
    rt.bus.emit("portfolios", "creation", ownerData(rt, portfolio));
    return reply.code(201).send(portfolioToWire(portfolio));
  });

  // GET /portfolios/:id - one portfolio, deleted ones included (they carry `deleted: true`)
  route(app, "GET", "/portfolios/:id/", async (request) => portfolioToWire(getPortfolio(rt, (request.params as IdParams).id)));

  // PATCH /portfolios/:id - partial update; nested objects (holdings, brokerage_account) are replaced whole
  route(app, "PATCH", "/portfolios/:id/", async (request) => {
    const before = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    const body = parseOrThrow(patchPortfolioSchema, request.body ?? {});
    checkWriteOnce(before, body);
    const manager = before.config.manager;
    const settingsPatch = body.config?.manager_settings ? parseSettings(manager, body.config.manager_settings, request.body) : {};
    if (body.owned_by_user_id) checkOwner(rt, body.owned_by_user_id, request.body);
    if (body.external_id !== undefined) checkExternalIdFree(rt, body.external_id, before.id, request.body);

    const { config, brokerage_account, ...top } = body;
    const after: Portfolio = {
      ...before,
      ...definedOnly(top),
      config: {
        ...before.config,
        manager_version: config?.manager_version ?? before.config.manager_version,
        manager_settings: { ...before.config.manager_settings, ...settingsPatch },
      },
      brokerage_account: brokerage_account === undefined ? before.brokerage_account : normaliseAccount(brokerage_account),
    };
    after.status = derivedStatus(after);
    return portfolioToWire(commitPortfolio(rt, before, after, principalOf(request), { optimize: true }));
  });

  // DELETE /portfolios/:id - soft delete: a new version with `deleted: true`
  route(app, "DELETE", "/portfolios/:id/", async (request) => {
    const before = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    return portfolioToWire(commitPortfolio(rt, before, { ...before, deleted: true }, principalOf(request)));
  });
}

export function getPortfolio(rt: Runtime, id: string, options: { live?: boolean } = {}): Portfolio {
  const p = rt.state.portfolios[id];
  if (!p || (options.live && p.deleted)) throw notFound(id);
  return p;
}

function resolveEntity(rt: Runtime, id: string) {
  const user = rt.state.users[id];
  if (user) return userToWire(user);
  const portfolio = rt.state.portfolios[id];
  return portfolio ? portfolioToWire(portfolio) : undefined;
}

/** Settings are checked against the portfolio's manager: robo-only keys are extra fields for USER_MANAGED. */
function parseSettings(manager: string, raw: Record<string, unknown>, echo: unknown): ManagerSettings {
  const parsed = parseOrThrow(managerSettingsSchema(manager), raw, ["body", "config", "manager_settings"], echo) as ManagerSettings;
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

// Write once: money_type and config.manager (seed 002), funded_since once set (seed 002), base_currency (older 422 example).
function checkWriteOnce(before: Portfolio, body: PatchPortfolioInput) {
  if (body.money_type !== undefined && body.money_type !== before.money_type) throw writeOnce(["money_type"]);
  if (body.base_currency !== undefined && body.base_currency !== before.base_currency) throw writeOnce(["base_currency"]);
  if (body.config?.manager !== undefined && body.config.manager !== before.config.manager) throw writeOnce(["config", "manager"]);
  if (body.funded_since !== undefined && before.funded_since !== null && body.funded_since !== before.funded_since) {
    throw writeOnce(["funded_since"]);
  }
}

function checkOwner(rt: Runtime, userId: string, echo: unknown) {
  if (!rt.state.users[userId]) {
    throw badRequest([{ loc: ["body", "owned_by_user_id"], msg: `user ${userId} does not exist`, type: "value_error.reference" }], echo);
  }
}

/** Seed 001: external_id is optional, but when given it must be unique. */
function checkExternalIdFree(rt: Runtime, externalId: string | null, selfId: string | null, echo: unknown) {
  if (externalId === null) return;
  const taken = Object.values(rt.state.portfolios).find((p) => p.external_id === externalId && p.id !== selfId);
  if (taken) throw conflict(["body", "external_id"], `external_id '${externalId}' is already used by ${taken.id}`, echo);
}

function normaliseAccount(account: Record<string, string | null | undefined> | null | undefined) {
  if (!account) return null;
  return withNulls(account, BROKERAGE_FIELDS);
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
