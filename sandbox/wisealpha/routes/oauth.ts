import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { DETAIL } from "../http/errors";
import { body, routes } from "../http/route";
import { CODE_TTL_MS, issueTokens, newToken, oauthState, requiredScope, SANDBOX_APP, SCOPES } from "../oauth/store";
import type { Runtime } from "../store/runtime";

/**
 * /o/authorize/ and /o/token/ (seed 004 "OAuth"). There is no WiseAlpha login page in the
 * sandbox: authorize answers at once as if the user had decided. Sandbox-only parameters:
 * `customer_id` (who grants; default the individual account 10000000) and `decision=deny`.
 * Errors follow RFC 6749: redirect errors go back to redirect_uri; client and grant errors are JSON.
 */
export function oauthRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const oauthError = (reply: FastifyReply, status: number, error: string, description: string) =>
    reply.code(status).send({ error, error_description: description });

  r.get("/o/authorize", async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    if (q.client_id !== SANDBOX_APP.client_id) return oauthError(reply, 400, "invalid_client", "Unknown client_id.");
    if (!q.redirect_uri || !SANDBOX_APP.redirectAllowed(q.redirect_uri))
      return oauthError(reply, 400, "invalid_request", "Mismatching redirect URI.");
    const back = (params: Record<string, string>) => {
      const url = new URL(q.redirect_uri!);
      for (const [k, v] of Object.entries({ ...params, ...(q.state ? { state: q.state } : {}) })) url.searchParams.set(k, v);
      return reply.code(302).header("location", url.toString()).send();
    };
    if (q.response_type !== "code") return back({ error: "unsupported_response_type" });
    // Seed: "If this is not included, all scopes will be requested."
    const scopes = (q.scope ?? SCOPES.join(" ")).split(/[\s+]+/).filter(Boolean);
    if (scopes.some((s) => !(SCOPES as readonly string[]).includes(s))) return back({ error: "invalid_scope" });
    const customerId = q.customer_id ?? "10000000";
    if (!rt.state.customers[customerId]) return oauthError(reply, 400, "invalid_request", "Unknown customer_id (sandbox parameter).");
    if (q.decision === "deny") return back({ error: "access_denied" });
    const code = newToken();
    oauthState(rt.state).codes[code] = {
      customer_id: customerId,
      scope: scopes.join(" "),
      redirect_uri: q.redirect_uri,
      client_id: q.client_id,
      expires: rt.now().getTime() + CODE_TTL_MS,
    };
    rt.markDirty();
    return back({ code });
  });

  r.post("/o/token", async (request, reply) => {
    const input = body(request) as Record<string, string | undefined>;
    if (input.client_id !== SANDBOX_APP.client_id || input.client_secret !== SANDBOX_APP.client_secret)
      return oauthError(reply, 401, "invalid_client", "Client authentication failed.");
    const s = oauthState(rt.state);
    const now = rt.now().getTime();
    if (input.grant_type === "authorization_code") {
      if (!input.code) return oauthError(reply, 400, "invalid_request", "Missing code parameter.");
      const grant = s.codes[input.code];
      delete s.codes[input.code];
      if (!grant || grant.expires < now) return oauthError(reply, 400, "invalid_grant", "Invalid or expired authorization code.");
      if (input.redirect_uri && input.redirect_uri !== grant.redirect_uri)
        return oauthError(reply, 400, "invalid_grant", "Mismatching redirect URI.");
      rt.markDirty();
      return issueTokens(rt.state, grant, now);
    }
    if (input.grant_type === "refresh_token") {
      if (!input.refresh_token) return oauthError(reply, 400, "invalid_request", "Missing refresh_token parameter.");
      const grant = s.refresh[input.refresh_token];
      if (!grant) return oauthError(reply, 400, "invalid_grant", "Invalid refresh token.");
      delete s.refresh[input.refresh_token];
      delete s.access[grant.access_token];
      rt.markDirty();
      return issueTokens(rt.state, { customer_id: grant.customer_id, scope: grant.scope }, now);
    }
    return oauthError(reply, 400, "unsupported_grant_type", `Unsupported grant type: ${input.grant_type ?? "(none)"}.`);
  });
}

/**
 * `Authorization: Bearer <access token>` on the v1 API: the token's customer acts as an
 * individual account, limited to the token's scopes. Runs before the Token key hook, which
 * then leaves an authenticated request alone (and refuses any other Bearer header with its 401).
 */
export function bearerHook(rt: Runtime) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const [scheme, token] = (request.headers.authorization ?? "").trim().split(/\s+/);
    if (scheme?.toLowerCase() !== "bearer") return;
    const grant = token ? oauthState(rt.state).access[token] : undefined;
    // An unknown or expired token falls through to the key hook, which answers its 401.
    if (!grant || grant.expires < rt.now().getTime()) return;
    const needed = requiredScope(request.method, request.url.replace(/^\/wisealpha/, ""));
    if (needed && !grant.scope.split(" ").includes(needed)) return reply.code(403).send({ detail: DETAIL.forbidden });
    request.waCaller = { kind: "individual", customerId: grant.customer_id };
  };
}
