import type { FastifyReply, FastifyRequest } from "fastify";

import { INDIVIDUAL_CUSTOMER_ID } from "../store/generate";
import type { Runtime } from "../store/runtime";
import type { Customer, InvestmentAccount } from "../store/types";
import { DETAIL, forbidden, notFound } from "./errors";

/**
 * `Authorization: Token <key>` (DRF TokenAuthentication). Two keys: the super account,
 * which manages the generated customers, and one individual account, which may only
 * use `me` / its own id (seed: list and create are super-account only → 403).
 */
export type Caller = { kind: "super" } | { kind: "individual"; customerId: string };

export type Keys = { superKey: string; individualKey: string };

declare module "fastify" {
  interface FastifyRequest {
    waCaller?: Caller;
  }
}

/**
 * Seed: "the only active rate limiting is triggered by failed authentication requests".
 * More than FAILED_AUTH_LIMIT failures from one address within the window give DRF's
 * 429 until the window has passed.
 */
export const FAILED_AUTH_LIMIT = 30;
const FAILED_AUTH_WINDOW_MS = 60_000;

export function authHook(keys: Keys, now: () => number = Date.now) {
  const failures = new Map<string, number[]>();
  const recent = (ip: string) => (failures.get(ip) ?? []).filter((t) => now() - t < FAILED_AUTH_WINDOW_MS);
  const fail = (request: FastifyRequest, reply: FastifyReply, detail: string) => {
    failures.set(request.ip, [...recent(request.ip), now()]);
    return unauthorized(reply, detail);
  };
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.waCaller) return; // already authenticated by an OAuth bearer token (routes/oauth.ts)
    const history = recent(request.ip);
    if (history.length >= FAILED_AUTH_LIMIT) {
      const wait = Math.ceil((history[0]! + FAILED_AUTH_WINDOW_MS - now()) / 1000);
      return reply
        .code(429)
        .header("retry-after", String(wait))
        .send({ detail: `Request was throttled. Expected available in ${wait} seconds.` });
    }
    const header = request.headers.authorization;
    if (!header) return fail(request, reply, DETAIL.noCredentials);
    const [scheme, key, ...extra] = header.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== "token" || !key || extra.length > 0) return fail(request, reply, DETAIL.badHeader);
    if (key === keys.superKey) request.waCaller = { kind: "super" };
    else if (key === keys.individualKey) request.waCaller = { kind: "individual", customerId: INDIVIDUAL_CUSTOMER_ID };
    else return fail(request, reply, DETAIL.invalidToken);
  };
}

function unauthorized(reply: FastifyReply, detail: string) {
  return reply.code(401).header("www-authenticate", "Token").send({ detail });
}

export const caller = (request: FastifyRequest): Caller => request.waCaller ?? { kind: "super" };

export function isSuper(request: FastifyRequest) {
  return caller(request).kind === "super";
}

/**
 * Resolves `{customer_id}` ("me" = the key's own account). Unknown → 404; a customer
 * this key does not manage → 403 (seed: "Trying to access an account that is not
 * associated with this API key will result in a 403").
 */
export function resolveCustomer(rt: Runtime, request: FastifyRequest, reply: FastifyReply, id: string | undefined): Customer | null {
  const who = caller(request);
  // The super account's own user is not a customer with a profile here.
  const target = id === "me" ? (who.kind === "individual" ? who.customerId : undefined) : id;
  const customer = target ? rt.state.customers[target] : undefined;
  if (!customer) {
    notFound(reply);
    return null;
  }
  const allowed = who.kind === "super" ? customer.owner === "super" : customer.customer_id === who.customerId;
  if (!allowed) {
    forbidden(reply);
    return null;
  }
  return customer;
}

/** Resolves an investment account of a resolved customer (404 when it is someone else's). */
export function resolveAccount(
  rt: Runtime,
  reply: FastifyReply,
  customer: Customer,
  accountId: string | undefined,
): InvestmentAccount | null {
  const account = accountId ? rt.state.accounts[accountId] : undefined;
  if (!account || account.customer_id !== customer.customer_id) {
    notFound(reply);
    return null;
  }
  return account;
}
