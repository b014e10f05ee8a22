import { afterEach, describe, expect, it } from "vitest";

import { startTestSandbox, type TestSandbox } from "./test-support";

let sb: TestSandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

/** The sandbox's login with its access key and `secret_access_key` (the URL without the slash is served too). */
const logIn = (secret_access_key: string, url = "/investsuite/auth/login/") =>
  sb!.app.inject({ method: "POST", url, payload: { access_key_id: "sandbox-access-key", secret_access_key } });

describe("investsuite sandbox auth", () => {
  it("issues a bearer token with the documented login response shape", async () => {
    sb = await startTestSandbox({ SANDBOX_IS_TOKEN_TTL_SECONDS: "300" });
    const res = await logIn("sandbox-secret-key");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe("300");
    expect(body.access_token.split(".")).toHaveLength(3);
    expect(typeof body.refresh_token).toBe("string");
    const ok = await sb.app.inject({
      method: "GET",
      url: "/investsuite/users/?limit=1",
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(ok.statusCode).toBe(200);
  });

  it("refuses wrong credentials and missing or forged tokens with the documented 401 body", async () => {
    sb = await startTestSandbox();
    const wrong = await logIn("nope");
    expect(wrong.statusCode).toBe(401);
    const missing = await sb.app.inject({ method: "GET", url: "/investsuite/portfolios/" });
    expect(missing.statusCode).toBe(401);
    const body = missing.json();
    expect(body.title).toBe("Unauthorized");
    expect(body.description).toBe("JWT invalid");
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.timestamp).toMatch(/\+00:00$/);
    const token = await sb.login();
    const forged = `${token.slice(0, -4)}AAAA`;
    const res = await sb.app.inject({ method: "GET", url: "/investsuite/portfolios/", headers: { authorization: `Bearer ${forged}` } });
    expect(res.statusCode).toBe(401);
  });

  it("expires access tokens after SANDBOX_IS_TOKEN_TTL_SECONDS and refreshes them", async () => {
    sb = await startTestSandbox({ SANDBOX_IS_TOKEN_TTL_SECONDS: "0.3" });
    const login = await logIn("sandbox-secret-key", "/investsuite/auth/login");
    const { access_token, refresh_token } = login.json();
    const auth = { authorization: `Bearer ${access_token}` };
    expect((await sb.app.inject({ method: "GET", url: "/investsuite/users/", headers: auth })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    const expired = await sb.app.inject({ method: "GET", url: "/investsuite/users/", headers: auth });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().description).toBe("JWT invalid");

    const refreshed = await sb.app.inject({ method: "POST", url: "/investsuite/auth/refresh-token/", payload: { refresh_token } });
    expect(refreshed.statusCode).toBe(200);
    const fresh = refreshed.json().access_token as string;
    expect(
      (await sb.app.inject({ method: "GET", url: "/investsuite/users/", headers: { authorization: `Bearer ${fresh}` } })).statusCode,
    ).toBe(200);
    // An access token is not a refresh token.
    const misuse = await sb.app.inject({ method: "POST", url: "/investsuite/auth/refresh-token/", payload: { refresh_token: fresh } });
    expect(misuse.statusCode).toBe(401);
  });
});
