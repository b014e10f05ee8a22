import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

import { entityId } from "./ids";
import { sendUnauthorized } from "./errors";
import { parseOrThrow } from "./validation";

/**
 * Demo credentials (also in README.md). InvestSuite's login takes an API key pair, and a
 * username/password may be sent in the same two fields, so both kinds are listed.
 */
export const DEMO_CREDENTIALS = [
  { access_key_id: "sandbox-access-key", secret_access_key: "sandbox-secret-key" },
  { access_key_id: "backoffice@bank.example", secret_access_key: "sandbox-password" },
] as const;

/** The API client's own user: authors every version written through the API. */
export const API_CLIENT_USER_ID = entityId("U", Date.UTC(2021, 0, 4), () => 0);

/** Refresh tokens outlive access tokens, as with any OIDC provider. */
const REFRESH_TTL_SECONDS = 24 * 3600;

type Claims = { sub: string; typ: "access" | "refresh"; exp: number; jti: string };

const principals = new WeakMap<FastifyRequest, string>();

/** The user id behind the request's bearer token (set by the auth hook). */
export function principalOf(request: FastifyRequest): string {
  return principals.get(request) ?? API_CLIENT_USER_ID;
}

const loginSchema = z.strictObject({ access_key_id: z.string().min(1), secret_access_key: z.string().min(1) });
const refreshSchema = z.strictObject({ refresh_token: z.string().min(1) });

/**
 * Tokens are HS256 JWTs signed with a key derived from the seed, so they stay valid across a
 * sandbox restart (the app need not log in again) but not across seeds.
 */
export function createAuth(seed: number, ttlSeconds: number, now: () => number = Date.now) {
  const key = createHmac("sha256", "investsuite-sandbox").update(String(seed)).digest();

  const sign = (claims: Claims) => {
    const head = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const payload = b64url(JSON.stringify(claims));
    return `${head}.${payload}.${createHmac("sha256", key).update(`${head}.${payload}`).digest("base64url")}`;
  };

  const verify = (token: string, typ: Claims["typ"]): Claims | null => {
    const [head, payload, signature] = token.split(".");
    if (!head || !payload || !signature) return null;
    const expected = createHmac("sha256", key).update(`${head}.${payload}`).digest();
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Claims;
    // exp is in seconds but kept fractional, so sub-second lifetimes in tests still expire on time.
    return claims.typ === typ && claims.exp * 1000 > now() ? claims : null;
  };

  const issue = (sub: string) => {
    const t = now();
    return {
      access_token: sign({ sub, typ: "access", exp: (t + ttlSeconds * 1000) / 1000, jti: randomUUID() }),
      token_type: "Bearer",
      // The docs' example returns the lifetime as a string.
      expires_in: String(ttlSeconds),
      refresh_token: sign({ sub, typ: "refresh", exp: (t + REFRESH_TTL_SECONDS * 1000) / 1000, jti: randomUUID() }),
    };
  };

  /** onRequest hook for every API route except /auth/*. */
  const requireToken = async (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    const claims = match?.[1] ? verify(match[1], "access") : null;
    if (!claims) return sendUnauthorized(reply);
    principals.set(request, claims.sub);
  };

  const registerRoutes = (app: FastifyInstance) => {
    for (const path of ["/auth/login/", "/auth/login"]) {
      app.post(path, async (request, reply) => {
        const body = parseOrThrow(loginSchema, request.body ?? {});
        const known = DEMO_CREDENTIALS.some(
          (c) => c.access_key_id === body.access_key_id && c.secret_access_key === body.secret_access_key,
        );
        if (!known) return sendUnauthorized(reply);
        return issue(API_CLIENT_USER_ID);
      });
    }
    for (const path of ["/auth/refresh-token/", "/auth/refresh-token"]) {
      app.post(path, async (request, reply) => {
        const body = parseOrThrow(refreshSchema, request.body ?? {});
        const claims = verify(body.refresh_token, "refresh");
        if (!claims) return sendUnauthorized(reply);
        return issue(claims.sub);
      });
    }
  };

  return { requireToken, registerRoutes, issue };
}

function b64url(text: string) {
  return Buffer.from(text, "utf8").toString("base64url");
}
