import { describe, expect, it } from "vitest";

import { cashlinkClientOptions, cashlinkConfigSchema } from "./config";

describe("cashlinkConfigSchema", () => {
  it("defaults to the local sandbox and its demo client", () => {
    const config = cashlinkConfigSchema.parse({});
    expect(cashlinkClientOptions(config)).toEqual({
      baseUrl: "http://127.0.0.1:4010/cashlink",
      clientId: "cashlink-sandbox-client",
      clientSecret: "cashlink-sandbox-secret",
      scopes: "investors:read investors:write investments:read investments:write",
    });
  });

  it("refuses the sandbox credentials against a real Cashlink", () => {
    const result = cashlinkConfigSchema.safeParse({ CASHLINK_BASE_URL: "https://demo.cashlink.de/api/external" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["CASHLINK_CLIENT_ID", "CASHLINK_CLIENT_SECRET"]);
  });

  it("accepts real credentials for a real Cashlink", () => {
    const parsed = cashlinkConfigSchema.parse({
      CASHLINK_BASE_URL: "https://demo.cashlink.de/api/external",
      CASHLINK_CLIENT_ID: "bank-client",
      CASHLINK_CLIENT_SECRET: "real-secret",
    });
    expect(parsed.CASHLINK_CLIENT_ID).toBe("bank-client");
  });
});
