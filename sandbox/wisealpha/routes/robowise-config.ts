import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { badRequest } from "../http/errors";
import { params, routes } from "../http/route";
import { findRiskProfile, profileAttributes, riskProfileJson, RISK_PROFILES } from "../robowise/profiles";
import { robowiseAccounts, SUGGESTED_NAMES } from "../robowise/store";
import type { Runtime } from "../store/runtime";

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? value.split(",") : []);

/** Robowise configuration data and profile checks (seed 004 "Robowise"): GBP only. */
export function robowiseConfigRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  const currencyOf = (request: FastifyRequest, reply: FastifyReply) => {
    const currency = (params(request).currency ?? "").toUpperCase();
    if (currency === "GBP") return currency;
    badRequest(reply, { currency: ["Robowise is only available for GBP."] });
    return null;
  };

  r.get("/v1/robowise/:currency/configuration-data", async (request, reply) => {
    const currency = currencyOf(request, reply);
    if (!currency) return reply;
    const companies = [...new Set(Object.values(rt.state.products).map((p) => p.company_id))]
      .map((id) => rt.state.companies[id])
      .filter((c) => c !== undefined)
      .map((c) => ({ company_id: c.company_id, company_name: c.company_name, industry: c.industry.key }));
    const industries = [...new Map(Object.values(rt.state.companies).map((c) => [c.industry.key, c.industry.name])).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, label]) => ({ key, label }));
    // Seed: suggested names exclude names the calling user already uses.
    const used = new Set(Object.values(robowiseAccounts(rt.state)).map((a) => a.name));
    return {
      companies,
      industries,
      risk_profiles: RISK_PROFILES.map((p) => riskProfileJson(rt.state, currency, p)),
      suggested_names: SUGGESTED_NAMES.filter((n) => !used.has(n)),
    };
  });

  r.get("/v1/robowise/:currency/risk-profile-attributes", async (request, reply) => {
    const currency = currencyOf(request, reply);
    if (!currency) return reply;
    const q = request.query as Record<string, unknown>;
    const profile = findRiskProfile(q.risk_profile_id);
    if (!profile)
      return badRequest(reply, {
        risk_profile_id: [
          q.risk_profile_id ? `Invalid pk "${String(q.risk_profile_id)}" - object does not exist.` : "This field is required.",
        ],
      });
    const a = profileAttributes(rt.state, currency, profile, {
      excluded_industries: list(q.excluded_industries),
      excluded_companies: list(q.excluded_companies),
    });
    return { candidate_bonds: a.candidate_bonds, bond_count: a.bond_count, weighted_ytm: a.calculated_yield, issues: a.issues };
  });
}
