import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { ProviderError } from "../errors";
import { createWiseAlphaClient } from "./client";
import { createWiseAlphaOAuth } from "./oauth";
import { startHarness } from "./test-sandbox";

/** The sandbox's registered example app (sandbox/wisealpha/README.md), copied so the client stays independent. */
const APP = { clientId: "ZOknOs0kO02ZyUA8Z6eBUL3cJNip2pRUE0Oi6P71", clientSecret: "wa-sandbox-oauth-secret-000000000000000000" };
const REDIRECT = "http://127.0.0.1:3000/api/wisealpha/oauth/callback";

describe("WiseAlpha OAuth for individual accounts against the sandbox", () => {
  const sandbox = forSuite(startHarness);

  const oauth = () => createWiseAlphaOAuth({ oauthRoot: `${sandbox.url}/wisealpha/o`, ...APP });
  const authorizeAs = async (customerId: string, scopes: Parameters<ReturnType<typeof oauth>["authorizeUrl"]>[0]["scopes"]) => {
    const url = new URL(oauth().authorizeUrl({ redirectUri: REDIRECT, state: "st-1", scopes }));
    url.searchParams.set("customer_id", customerId); // the sandbox's stand-in for the customer's login
    const response = await fetch(url, { redirect: "manual" });
    const location = new URL(response.headers.get("location")!);
    expect(location.searchParams.get("state")).toBe("st-1");
    return location.searchParams.get("code")!;
  };

  it("exchanges a code, calls the API with the bearer token within its scopes, and refreshes", async () => {
    const code = await authorizeAs("10000001", ["read_investments", "read_profile"]);
    const tokens = await oauth().exchangeCode({ code, redirectUri: REDIRECT });
    expect(tokens).toMatchObject({ token_type: "Bearer", scope: "read_investments read_profile", expires_in: 36000 });

    const asCustomer = createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: "", accessToken: tokens.access_token });
    expect((await asCustomer.getCustomer("me")).customer_id).toBe("10000001");
    const accounts = await asCustomer.listInvestmentAccounts("me");
    expect(accounts.map((a) => a.id)).toContain("INVACC00000001");
    const denied = await asCustomer
      .createRobowise({ customerId: "me", accountId: "INVACC00000001", parameters: { riskProfileId: "RWRP00000002" } })
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ProviderError);
    expect([(denied as ProviderError).status, (denied as ProviderError).details]).toEqual([
      403,
      { detail: "You do not have permission to perform this action." },
    ]);

    const refreshed = await oauth().refresh(tokens.refresh_token);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    const expired = await asCustomer.getCustomer("me").catch((e: unknown) => e);
    expect((expired as ProviderError).status).toBe(401);
    expect((expired as ProviderError).userMessage).toMatch(/OAuth access token/);
    const reused = (await oauth()
      .refresh(tokens.refresh_token)
      .catch((e: unknown) => e)) as ProviderError;
    expect([reused.status, reused.details]).toEqual([400, { error: "invalid_grant", error_description: "Invalid refresh token." }]);
    expect(reused.userMessage).toMatch(/connect again/);
  });

  it("refuses a wrong client secret with invalid_client", async () => {
    const code = await authorizeAs("10000001", ["read_profile"]);
    const wrong = createWiseAlphaOAuth({ oauthRoot: `${sandbox.url}/wisealpha/o`, clientId: APP.clientId, clientSecret: "nope" });
    const error = (await wrong.exchangeCode({ code, redirectUri: REDIRECT }).catch((e: unknown) => e)) as ProviderError;
    expect([error.status, (error.details as { error: string }).error]).toEqual([401, "invalid_client"]);
  });
});
