import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { createRng } from "../../lib/rng";
import { resolveCustomer } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { paginate } from "../http/pagination";
import { body, params, query, routes } from "../http/route";
import { accountsOf } from "../store/ledger";
import type { Runtime } from "../store/runtime";
import type { Company, Customer } from "../store/types";

/**
 * Company updates (news feed) and a customer's subscriptions. Updates are not stored:
 * they are generated from the company id on every call, so they are stable and cost
 * nothing in the state file.
 */
const SOURCES = [
  {
    id: 1136,
    name: "lse-gb",
    description: "London Stock Exchange",
    url: "https://www.londonstockexchange.com/",
    image: "https://docs.londonstockexchange.com/sites/default/files/logo.svg",
  },
  { id: 1137, name: "Aggredium", description: "Aggredium financial data", url: "https://aggredium.com/", image: null },
];
const KINDS = [
  {
    provider: "AGGREDIUM",
    type: "COMPANY_NEWS",
    category: "financials update",
    title: (n: string, i: number) => `${n} ${2020 + (i % 6)}Q${(i % 4) + 1} financials updated`,
  },
  { provider: "CITY_FALCON", type: "COMPANY_NEWS", category: "major_publication", title: (n: string) => `${n}: holding(s) in company` },
  { provider: "WISEALPHA", type: "PRESS", category: "wisealpha_update", title: (n: string) => `WiseAlpha update on ${n}` },
];
const PRIORITIES = ["LOW", "LOW", "MEDIUM", "HIGH"];

function updatesFor(company: Company) {
  const n = Number(company.company_id.replace(/\D/g, ""));
  const rng = createRng(n * 7919);
  return Array.from({ length: rng.int(3, 12) }, (_, i) => {
    const kind = rng.pick(KINDS);
    const published = new Date(Date.UTC(2026, 9, 31) - (i * 17 + rng.int(0, 16)) * 86_400_000 - rng.int(0, 86_399) * 1000);
    const title = kind.title(company.company_name, i);
    return {
      id: n * 1000 + i,
      source: rng.pick(SOURCES),
      title,
      description: `${title}. See the source for the full text.`,
      published_time: published.toISOString().replace(/\.\d{3}Z$/, "Z"),
      url: `https://example.com/news/${company.company_id}/${i}`,
      provider: kind.provider,
      type: kind.type,
      image: null,
      category: kind.category,
      priority: rng.pick(PRIORITIES),
    };
  });
}

type Update = ReturnType<typeof updatesFor>[number];
const filtered = (list: Update[], q: Record<string, string | undefined>) =>
  list.filter(
    (u) => (!q.provider || u.provider === q.provider) && (!q.type || u.type === q.type) && (!q.priority || u.priority === q.priority),
  );

function subscriptions(rt: Runtime, customer: Customer) {
  const held = new Set(
    accountsOf(rt.state, customer.customer_id).flatMap((a) => Object.keys(a.holdings).map((p) => rt.state.products[p]!.company_id)),
  );
  const out: Record<string, "subscribed" | "unsubscribed"> = Object.fromEntries([...held].sort().map((c) => [c, "subscribed"]));
  return { ...out, ...customer.company_subscriptions };
}

export function companyUpdateRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  r.get("/v1/companies/:company_id/company-updates/", async (request, reply) => {
    const company = rt.state.companies[params(request).company_id ?? ""];
    return company ? paginate(request, filtered(updatesFor(company), query(request)), (u) => u) : notFound(reply);
  });

  r.get("/v1/customers/:customer_id/company-updates/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const q = query(request);
    const wanted = q.companies
      ? q.companies.split(",")
      : Object.entries(subscriptions(rt, customer))
          .filter(([, s]) => s === "subscribed")
          .map(([c]) => c);
    const list = wanted.flatMap((id) => {
      const company = rt.state.companies[id];
      if (!company) return [];
      const summary = { company_id: company.company_id, company_name: company.company_name, industry: company.industry.key, logo: "" };
      return updatesFor(company).map((u) => ({ ...u, companies: [summary] }));
    });
    list.sort((a, b) => b.published_time.localeCompare(a.published_time));
    return paginate(request, filtered(list, q), (u) => u);
  });

  r.get("/v1/customers/:customer_id/company-updates-subscription/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    return customer ? subscriptions(rt, customer) : reply;
  });

  const update = async (request: FastifyRequest, reply: FastifyReply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const companies = body(request).companies;
    if (!companies || typeof companies !== "object") return badRequest(reply, { companies: ["This field is required."] });
    const errors: Record<string, string[]> = {};
    for (const [id, value] of Object.entries(companies as Record<string, unknown>)) {
      if (!rt.state.companies[id]) errors[id] = [`Unknown company "${id}".`];
      else if (value !== "subscribed" && value !== "unsubscribed") errors[id] = [`"${String(value)}" is not a valid choice.`];
    }
    if (Object.keys(errors).length > 0) return badRequest(reply, { companies: errors });
    customer.company_subscriptions = { ...customer.company_subscriptions, ...(companies as Record<string, "subscribed" | "unsubscribed">) };
    return subscriptions(rt, customer);
  };
  // The seed documents PATCH but its Python example uses PUT; both work.
  r.patch("/v1/customers/:customer_id/company-updates-subscription/", update);
  r.put("/v1/customers/:customer_id/company-updates-subscription/", update);
}
