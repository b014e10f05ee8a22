import { afterEach, describe, expect, it } from "vitest";

import { startCashlink, type TestCashlink } from "./test-helpers";

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded" },
});

describe("Cashlink OAuth and scopes", () => {
  let cl: TestCashlink;
  afterEach(async () => cl?.close());

  it("issues a bearer token for form-encoded client credentials", async () => {
    cl = await startCashlink({ SANDBOX_CL_TOKEN_TTL_SECONDS: "120" });
    const response = await cl.app.inject({
      method: "POST",
      url: "/cashlink/oauth/token",
      ...form({
        grant_type: "client_credentials",
        scope: "investors:read investments:read",
        client_id: cl.env.SANDBOX_CL_CLIENT_ID,
        client_secret: cl.env.SANDBOX_CL_CLIENT_SECRET,
      }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ token_type: "Bearer", expires_in: 120, scope: "investors:read investments:read" });
    expect(response.json().access_token).toEqual(expect.any(String));
  });

  it("accepts HTTP Basic client authentication too", async () => {
    cl = await startCashlink();
    const basic = Buffer.from(`${cl.env.SANDBOX_CL_CLIENT_ID}:${cl.env.SANDBOX_CL_CLIENT_SECRET}`).toString("base64");
    const { payload, headers } = form({ grant_type: "client_credentials" });
    const response = await cl.app.inject({
      method: "POST",
      url: "/cashlink/oauth/token",
      payload,
      headers: { ...headers, authorization: `Basic ${basic}` },
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    [{ grant_type: "client_credentials", client_id: "cashlink-sandbox-client", client_secret: "wrong-secret" }, 401, "invalid_client"],
    [
      { grant_type: "password", client_id: "cashlink-sandbox-client", client_secret: "cashlink-sandbox-secret" },
      400,
      "unsupported_grant_type",
    ],
    [
      {
        grant_type: "client_credentials",
        client_id: "cashlink-sandbox-client",
        client_secret: "cashlink-sandbox-secret",
        scope: "contracts:read",
      },
      400,
      "invalid_scope",
    ],
  ])("refuses %o with %i %s", async (fields, status, error) => {
    cl = await startCashlink();
    const response = await cl.app.inject({ method: "POST", url: "/cashlink/oauth/token", ...form(fields) });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error });
  });

  it("answers 401 without a token and with a forged one", async () => {
    cl = await startCashlink();
    const none = await cl.app.inject({ method: "GET", url: "/cashlink/v2/investments/" });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ detail: "Authentication credentials were not provided." });
    const token = await cl.token();
    const forged = await cl.call("GET", "/v2/investments/", { token: `${token.split(".")[0]}.AAAA` });
    expect(forged.statusCode).toBe(401);
  });

  it("answers 403 when the token lacks the endpoint's scope, naming the scope", async () => {
    cl = await startCashlink();
    const readOnly = await cl.token("investors:read");
    const wallets = await cl.call("GET", "/v2/investors/8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75/wallets/", { token: readOnly });
    expect(wallets.statusCode).toBe(200);
    const invitation = await cl.call("POST", "/v2/invitations/", { token: readOnly, body: {} });
    expect(invitation.statusCode).toBe(403);
    expect(invitation.json().detail).toContain("investments:write");
    const investments = await cl.call("GET", "/v2/investments/", { token: readOnly });
    expect(investments.statusCode).toBe(403);
  });

  it("stops accepting a token once it expires", async () => {
    cl = await startCashlink({ SANDBOX_CL_TOKEN_TTL_SECONDS: "1" });
    const token = await cl.token();
    expect((await cl.call("GET", "/v2/investments/", { token })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    const expired = await cl.call("GET", "/v2/investments/", { token });
    expect(expired.statusCode).toBe(401);
    expect(expired.headers["www-authenticate"]).toContain("invalid_token");
  });
});
