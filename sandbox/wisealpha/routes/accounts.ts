import type { FastifyInstance } from "fastify";

import { money } from "../domain/money";
import { resolveCustomer } from "../http/auth";
import { resolvePath } from "../http/resolve-path";
import { badRequest } from "../http/errors";
import { paginate } from "../http/pagination";
import { body, params, routes } from "../http/route";
import { accountsOf, addCurrency, openAccount } from "../store/ledger";
import { timestamp, type Runtime } from "../store/runtime";
import type { Customer, InvestmentAccount } from "../store/types";
import { fundRoute, withdrawRoute } from "./money-movements";

/**
 * Investment accounts and balances. The seed lists accounts with `id` and returns a
 * created one with `reference`/`created`; we send all of them (the official example
 * client reads `reference`).
 */
export const accountJson = (a: InvestmentAccount) => ({
  id: a.id,
  reference: a.id,
  account_type: a.account_type,
  created: a.created,
  currencies: a.currencies,
});
const balanceJson = (a: InvestmentAccount, currency: string) => ({ currency, amount: money(a.balances[currency] ?? "0") });

function availability(customer: Customer, accounts: InvestmentAccount[]) {
  const out = [];
  if (!accounts.some((a) => a.account_type === "individual" && a.currencies.includes("EUR"))) {
    out.push({
      account_type: "individual",
      title: "Euro general investment account",
      description: "Open an individual investment account for access to Euro products",
      currency: "EUR",
      is_transfer: false,
      validation: [] as string[],
    });
  }
  if (!accounts.some((a) => a.account_type === "ifisa")) {
    const validation: string[] = [];
    if (!customer.tax_residencies.some((t) => t.country === "gb")) validation.push("submit_nino");
    if (!customer.ifisa_agreement_acceptance) validation.push("agree_to_ifisa_terms");
    out.push({
      account_type: "ifisa",
      title: "IF ISA",
      description: "Open a WiseAlpha Innovative Finance ISA (IF ISA) account",
      currency: "GBP",
      is_transfer: false,
      validation,
    });
  }
  return out;
}

export function accountRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const base = "/v1/customers/:customer_id/investment-accounts";

  r.get(`${base}/`, async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    return customer ? paginate(request, accountsOf(rt.state, customer.customer_id), accountJson) : reply;
  });

  r.get(`${base}/available/`, async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    return customer ? paginate(request, availability(customer, accountsOf(rt.state, customer.customer_id)), (a) => a) : reply;
  });

  r.post(`${base}/available/action/`, async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const input = body(request);
    const accounts = accountsOf(rt.state, customer.customer_id);
    const match = availability(customer, accounts).find(
      (a) => a.account_type === input.account_type && a.currency === String(input.currency ?? "GBP").toUpperCase(),
    );
    if (input.is_transfer === true || input.is_transfer === "true")
      return badRequest(reply, { is_transfer: ["Account transfers cannot be initiated via the API."] });
    if (!match) return badRequest(reply, { non_field_errors: ["This account is not available to this customer."] });
    if (match.validation.length > 0) return badRequest(reply, { non_field_errors: match.validation });
    if (match.account_type === "individual") {
      const existing = accounts.find((a) => a.account_type === "individual")!;
      addCurrency(existing, match.currency);
      return accountJson(existing);
    }
    return accountJson(openAccount(rt.state, customer.customer_id, "ifisa", "GBP", timestamp(rt.now())));
  });

  r.get(`${base}/:account_id/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path ? accountJson(path.account) : reply;
  });

  // Seed: "this list is never paginated and the result is always a simple array".
  r.get(`${base}/:account_id/balances/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path ? path.account.currencies.map((c) => balanceJson(path.account, c)) : reply;
  });

  r.get(`${base}/:account_id/balances/:currency/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path ? balanceJson(path.account, path.currency) : reply;
  });

  r.get(`${base}/:account_id/balances/:currency/available-payment-methods/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const methods = [{ method: "bank_transfer", details: { currency: path.currency } }];
    if (path.currency === "GBP")
      methods.push({ method: "open_banking", details: { currency: "GBP" } }, { method: "debit_card", details: { currency: "GBP" } });
    return methods;
  });

  r.get(`${base}/:account_id/balances/:currency/transactions/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path
      ? paginate(
          request,
          path.account.transactions.filter((t) => t.currency === path.currency),
          (t) => t,
        )
      : reply;
  });

  r.post(`${base}/:account_id/balances/:currency/fund/`, (request, reply) => fundRoute(rt, request, reply));
  r.post(`${base}/:account_id/balances/:currency/withdraw/`, (request, reply) => withdrawRoute(rt, request, reply));
}
