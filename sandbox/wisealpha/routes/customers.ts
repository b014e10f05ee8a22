import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { INVESTOR_TYPES, investorTypeObject, validateInvestorTypeChange } from "../domain/investor-types";
import { startAmlCheckIfReady } from "../domain/onboarding";
import { applyProfileUpdate } from "../domain/profile-input";
import { profileJson } from "../domain/profile";
import { isSuper, resolveCustomer } from "../http/auth";
import { badRequest, forbidden, notFound, required } from "../http/errors";
import { paginate } from "../http/pagination";
import { body, params, routes } from "../http/route";
import { newCustomer } from "../store/customer-factory";
import { nextCustomerId } from "../store/ids";
import { openAccount } from "../store/ledger";
import { timestamp, type Runtime } from "../store/runtime";

/** Customer Profiles: list/create (super accounts only), get/put/patch, investor types. */
export function customerRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const profile = (c: Parameters<typeof profileJson>[0]) => profileJson(c, rt.now(), rt.apiRoot);
  const emailTaken = (email: string) => Object.values(rt.state.customers).some((c) => c.email.toLowerCase() === email.toLowerCase());

  r.get("/v1/customers/", async (request, reply) => {
    if (!isSuper(request)) return forbidden(reply);
    const managed = Object.values(rt.state.customers).filter((c) => c.owner === "super");
    return paginate(request, managed, profile);
  });

  r.post("/v1/customers/", async (request, reply) => {
    if (!isSuper(request)) return forbidden(reply);
    const input = body(request);
    if (typeof input.email !== "string" || input.email.trim() === "") return badRequest(reply, required("email"));
    if (emailTaken(input.email.trim())) return badRequest(reply, { email: ["Customer with this Email already exists."] });
    const now = rt.now();
    const draft = newCustomer({ customer_id: "pending", email: input.email.trim(), date_joined: timestamp(now) });
    const result = applyProfileUpdate(draft, input, emailTaken);
    if (!result.ok) return badRequest(reply, result.errors);
    const customer = { ...result.customer, customer_id: nextCustomerId(rt.state) };
    startAmlCheckIfReady(customer, now);
    rt.state.customers[customer.customer_id] = customer;
    // Every customer starts with a GBP individual investment account.
    openAccount(rt.state, customer.customer_id, "individual", "GBP", customer.date_joined);
    return reply.code(201).send(profile(customer));
  });

  // Registered before /v1/customers/:customer_id/ so "investor_types" is not read as an id.
  const listTypes = async () => ({ investor_types: INVESTOR_TYPES.map(investorTypeObject) });
  r.get("/v1/customers/investor_types/", listTypes);
  r.get("/v1/investor_types/", listTypes);

  r.get("/v1/customers/:customer_id/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    return customer ? profile(customer) : reply;
  });

  const update = async (request: FastifyRequest, reply: FastifyReply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const result = applyProfileUpdate(customer, body(request), emailTaken);
    if (!result.ok) return badRequest(reply, result.errors);
    startAmlCheckIfReady(result.customer, rt.now());
    rt.state.customers[customer.customer_id] = result.customer;
    return profile(result.customer);
  };
  r.put("/v1/customers/:customer_id/", update);
  r.patch("/v1/customers/:customer_id/", update);

  // The `agreement` URL in user_agreement points here; the text is markdown.
  r.get("/v1/customers/:customer_id/user-agreements/:reference/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const agreement = customer.user_agreement[params(request).reference ?? ""];
    if (!agreement) return notFound(reply);
    const choices = agreement.choices.map((c) => `- **${c.text}** (\`${c.reference}\`)`).join("\n");
    return reply
      .type("text/markdown; charset=utf-8")
      .send(`# ${agreement.reference}\n\nWiseAlpha is moving customer money to a client account. Please choose:\n\n${choices}\n`);
  });

  r.post("/v1/customers/:customer_id/change_investor_type/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const result = validateInvestorTypeChange(body(request), rt.now());
    if (!result.ok) return badRequest(reply, result.errors);
    // Seed: the first selection is fixed at once; later changes are manual requests (202).
    if (customer.investor_type) {
      customer.pending_investor_type = result.summary;
      return reply.code(202).send({ status: "ok" });
    }
    customer.investor_type = result.summary;
    return { status: "ok" };
  });
}
