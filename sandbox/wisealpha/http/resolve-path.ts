import type { FastifyReply, FastifyRequest } from "fastify";

import type { Runtime } from "../store/runtime";
import type { Customer, InvestmentAccount } from "../store/types";
import { resolveAccount, resolveCustomer } from "./auth";
import { notFound } from "./errors";
import { params } from "./route";

/** Resolves customer + account (+ currency when the route has one); replies 403/404 itself. */
export function resolvePath(
  rt: Runtime,
  request: FastifyRequest,
  reply: FastifyReply,
): { customer: Customer; account: InvestmentAccount; currency: string } | null {
  const p = params(request);
  const customer = resolveCustomer(rt, request, reply, p.customer_id);
  if (!customer) return null;
  const account = resolveAccount(rt, reply, customer, p.account_id);
  if (!account) return null;
  const currency = (p.currency ?? "").toUpperCase();
  if (p.currency !== undefined && !account.currencies.includes(currency)) {
    notFound(reply);
    return null;
  }
  return { customer, account, currency };
}
