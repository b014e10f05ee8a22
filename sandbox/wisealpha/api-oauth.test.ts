import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { SANDBOX_APP } from "./oauth/store";
import { buildApp } from "./test-helpers";

const h = forSuite(buildApp);

const REDIRECT = "http://127.0.0.1:3000/oauth/wisealpha/callback";
const authorize = (params: Record<string, string>) =>
  h.app.inject({ method: "GET", url: `/wisealpha/o/authorize/?${new URLSearchParams(params)}` });
const token = (form: Record<string, string>) =>
  h.app.inject({
    method: "POST",
    url: "/wisealpha/o/token/",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(form).toString(),
  });
const client = { client_id: SANDBOX_APP.client_id, client_secret: SANDBOX_APP.client_secret };
const bearer = (url: string, access: string, method: "GET" | "POST" = "GET") =>
  h.app.inject({ method, url: `/wisealpha/v1${url}`, headers: { authorization: `Bearer ${access}` } });

async function codeFor(scope: string, customerId = "10000001") {
  const res = await authorize({
    response_type: "code",
    client_id: SANDBOX_APP.client_id,
    redirect_uri: REDIRECT,
    state: "s1",
    scope,
    customer_id: customerId,
  });
  expect(res.statusCode).toBe(302);
  const location = new URL(res.headers.location as string);
  expect(location.searchParams.get("state")).toBe("s1");
  return location.searchParams.get("code")!;
}

describe("OAuth authorization code flow (seed 004)", () => {
  it("exchanges a code for tokens whose scopes limit the API, and refreshes them", async () => {
    const code = await codeFor("read_investments read_profile");
    const tokens = await token({ grant_type: "authorization_code", code, ...client });
    expect(tokens.statusCode).toBe(200);
    const t = tokens.json();
    expect(t).toMatchObject({ token_type: "Bearer", expires_in: 36000, scope: "read_investments read_profile" });

    expect((await bearer("/customers/me/", t.access_token)).json().customer_id).toBe("10000001");
    expect((await bearer("/customers/me/investment-accounts/", t.access_token)).statusCode).toBe(200);
    const trade = await bearer("/customers/me/investment-accounts/INVACC00000001/robowise/", t.access_token, "POST");
    expect([trade.statusCode, trade.json()]).toEqual([403, { detail: "You do not have permission to perform this action." }]);
    // Another customer is out of reach, as for any individual account.
    expect((await bearer("/customers/10000002/", t.access_token)).statusCode).toBe(403);

    const again = await token({ grant_type: "authorization_code", code, ...client });
    expect([again.statusCode, again.json().error]).toEqual([400, "invalid_grant"]);

    const refreshed = await token({ grant_type: "refresh_token", refresh_token: t.refresh_token, ...client });
    expect(refreshed.json()).toMatchObject({ scope: "read_investments read_profile", token_type: "Bearer" });
    expect((await bearer("/customers/me/", t.access_token)).statusCode).toBe(401);
    expect((await bearer("/customers/me/", refreshed.json().access_token)).statusCode).toBe(200);
    const reused = await token({ grant_type: "refresh_token", refresh_token: t.refresh_token, ...client });
    expect(reused.json()).toEqual({ error: "invalid_grant", error_description: "Invalid refresh token." });
  });

  it("redirects scope, response type and denial errors back with the state", async () => {
    const base = { client_id: SANDBOX_APP.client_id, redirect_uri: REDIRECT, state: "xyz" };
    const scope = new URL((await authorize({ ...base, response_type: "code", scope: "read" })).headers.location as string);
    expect([scope.searchParams.get("error"), scope.searchParams.get("state")]).toEqual(["invalid_scope", "xyz"]);
    const type = new URL((await authorize({ ...base, response_type: "token" })).headers.location as string);
    expect(type.searchParams.get("error")).toBe("unsupported_response_type");
    const denied = new URL((await authorize({ ...base, response_type: "code", decision: "deny" })).headers.location as string);
    expect(denied.searchParams.get("error")).toBe("access_denied");
  });

  it("answers client errors as JSON", async () => {
    const unknown = await authorize({ response_type: "code", client_id: "nope", redirect_uri: REDIRECT });
    expect([unknown.statusCode, unknown.json().error]).toEqual([400, "invalid_client"]);
    const redirect = await authorize({ response_type: "code", client_id: SANDBOX_APP.client_id, redirect_uri: "https://evil.example/cb" });
    expect(redirect.json()).toEqual({ error: "invalid_request", error_description: "Mismatching redirect URI." });
    const secret = await token({ grant_type: "authorization_code", code: "x", client_id: SANDBOX_APP.client_id, client_secret: "wrong" });
    expect([secret.statusCode, secret.json().error]).toEqual([401, "invalid_client"]);
    const grant = await token({ grant_type: "password", ...client });
    expect([grant.statusCode, grant.json().error]).toEqual([400, "unsupported_grant_type"]);
  });
});
