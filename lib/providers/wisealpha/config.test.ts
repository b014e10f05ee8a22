import { describe, expect, it } from "vitest";

import { wiseAlphaClientOptions, wiseAlphaConfigSchema } from "./config";

describe("wiseAlphaConfigSchema", () => {
  it("defaults to the local sandbox, its super key and webhook key", () => {
    const config = wiseAlphaConfigSchema.parse({});
    expect(config.WISEALPHA_WEBHOOK_KEY).toBe("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=");
    expect(wiseAlphaClientOptions(config)).toEqual({
      baseUrl: "http://127.0.0.1:4010/wisealpha/v1",
      apiKey: "wa-sandbox-super-0000000000000000000000000",
    });
  });

  it("refuses the sandbox keys against a real WiseAlpha", () => {
    const result = wiseAlphaConfigSchema.safeParse({ WISEALPHA_BASE_URL: "https://api-sandbox.wisealpha.com/v1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["WISEALPHA_API_KEY", "WISEALPHA_WEBHOOK_KEY"]);
  });

  it("accepts real keys for a real WiseAlpha and refuses a webhook key that is not base64", () => {
    const real = {
      WISEALPHA_BASE_URL: "https://api.wisealpha.com/v1",
      WISEALPHA_API_KEY: "live-key-123456",
      WISEALPHA_WEBHOOK_KEY: "cmVhbC1rZXk=",
    };
    expect(wiseAlphaConfigSchema.parse(real).WISEALPHA_API_KEY).toBe("live-key-123456");
    expect(wiseAlphaConfigSchema.safeParse({ ...real, WISEALPHA_WEBHOOK_KEY: "not base64!" }).success).toBe(false);
  });
});
