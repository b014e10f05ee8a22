import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import type { SandboxEnv } from "../lib/context";

/** Scopes the guides request; the demo client may have all of them. */
export const ALL_SCOPES = ["investors:read", "investors:write", "investments:read", "investments:write", "documents:write"] as const;
export type Scope = (typeof ALL_SCOPES)[number];

type TokenClaims = { cid: string; scope: string[]; exp: number };

const clients = new WeakMap<FastifyRequest, string>();

/** The OAuth client behind an authenticated request (idempotency keys are scoped to it). */
export function clientOf(request: FastifyRequest): string {
  return clients.get(request) ?? "anonymous";
}

/**
 * OAuth2 client-credentials, as Cashlink's guides use it: form-encoded
 * `POST /oauth/token`. Tokens are HMAC-signed claims rather than rows in the
 * state so they stay valid across a sandbox restart, like the real server's.
 * Errors use RFC 6749 §5.2 bodies (`{"error": "invalid_client"}`), which is what
 * django-oauth-toolkit (behind a DRF API) returns.
 */
export function createAuth(env: SandboxEnv) {
  const key = createHmac("sha256", "cashlink-sandbox").update(env.SANDBOX_CL_CLIENT_SECRET).digest();
  const sign = (payload: string) => createHmac("sha256", key).update(payload).digest("base64url");

  function issue(cid: string, scope: string[]) {
    const payload = Buffer.from(
      JSON.stringify({ cid, scope, exp: Date.now() + env.SANDBOX_CL_TOKEN_TTL_SECONDS * 1000, n: randomBytes(6).toString("hex") }),
    ).toString("base64url");
    return `${payload}.${sign(payload)}`;
  }

  function verify(token: string): TokenClaims | null {
    const [payload, signature] = token.split(".");
    if (!payload || !signature) return null;
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as TokenClaims;
    return claims.exp > Date.now() ? claims : null;
  }

  function registerTokenRoute(app: FastifyInstance) {
    // POST /oauth/token - client-credentials grant
    app.post("/oauth/token", async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      const [basicId, basicSecret] = basicCredentials(request.headers.authorization);
      const clientId = body.client_id ?? basicId;
      const clientSecret = body.client_secret ?? basicSecret;
      void reply.header("cache-control", "no-store");
      if (body.grant_type !== "client_credentials") return reply.code(400).send({ error: "unsupported_grant_type" });
      if (clientId !== env.SANDBOX_CL_CLIENT_ID || clientSecret !== env.SANDBOX_CL_CLIENT_SECRET) {
        return reply.code(401).send({ error: "invalid_client" });
      }
      // No scope parameter means "everything the client may have" (the provider's default scopes).
      const requested = body.scope ? body.scope.split(/\s+/).filter(Boolean) : [...ALL_SCOPES];
      if (requested.some((s) => !(ALL_SCOPES as readonly string[]).includes(s))) return reply.code(400).send({ error: "invalid_scope" });
      return {
        access_token: issue(clientId, requested),
        expires_in: env.SANDBOX_CL_TOKEN_TTL_SECONDS,
        token_type: "Bearer",
        scope: requested.join(" "),
      };
    });
  }

  /** preHandler: 401 without a valid unexpired bearer token, 403 when it lacks `scope`. */
  function requireScope(scope: Scope) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers.authorization ?? "";
      if (!/^Bearer\s+\S+/i.test(header)) {
        return reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="api"')
          .send({ detail: "Authentication credentials were not provided." });
      }
      const claims = verify(header.replace(/^Bearer\s+/i, "").trim());
      if (!claims) {
        return reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="api", error="invalid_token"')
          .send({ detail: "The access token is invalid or has expired." });
      }
      if (!claims.scope.includes(scope)) {
        return reply.code(403).send({ detail: `You do not have permission to perform this action. The token lacks the "${scope}" scope.` });
      }
      clients.set(request, claims.cid);
    };
  }

  /** The read and write route options of a resource's routes: its `<resource>:read` and `<resource>:write` scopes. */
  function guards(resource: "investments" | "investors") {
    return { read: { preHandler: requireScope(`${resource}:read`) }, write: { preHandler: requireScope(`${resource}:write`) } };
  }

  return { registerTokenRoute, requireScope, guards };
}

export type Auth = ReturnType<typeof createAuth>;

function basicCredentials(header: string | undefined): [string?, string?] {
  if (!header?.toLowerCase().startsWith("basic ")) return [];
  const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? [] : [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}
