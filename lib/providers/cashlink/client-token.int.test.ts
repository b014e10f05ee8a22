import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { DEMO_CAMPAIGN_ID, startHarness, type Harness } from "./test-sandbox";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Cashlink client token expiry (sandbox tokens live 1 s)", () => {
  const sandbox = forSuite(() => startHarness({ SANDBOX_CL_TOKEN_TTL_SECONDS: "1" }));

  /** Reads the demo campaign, waits past the token's life and reads it again (which must succeed): what the client sent. */
  async function readTwiceAcrossExpiry(client: ReturnType<Harness["client"]>) {
    sandbox.log.length = 0;
    await client.getCampaign(DEMO_CAMPAIGN_ID);
    await sleep(1_200);
    await expect(client.getCampaign(DEMO_CAMPAIGN_ID)).resolves.toMatchObject({ id: DEMO_CAMPAIGN_ID });
    return sandbox.log.map((e) => `${e.method} ${e.path} ${e.status}`);
  }

  it("fetches a new token before the old one expires, without a 401", async () => {
    expect(await readTwiceAcrossExpiry(sandbox.client())).toEqual([
      "POST /oauth/token 200",
      `GET /v2/campaigns/${DEMO_CAMPAIGN_ID}/ 200`,
      "POST /oauth/token 200",
      `GET /v2/campaigns/${DEMO_CAMPAIGN_ID}/ 200`,
    ]);
  });

  it("refreshes transparently when Cashlink rejects a token it still thought valid", async () => {
    // A frozen clock makes the cache trust the token past its real expiry, as clock skew would.
    const frozen = Date.now();
    expect(await readTwiceAcrossExpiry(sandbox.client({ now: () => frozen }))).toEqual([
      "POST /oauth/token 200",
      `GET /v2/campaigns/${DEMO_CAMPAIGN_ID}/ 200`,
      `GET /v2/campaigns/${DEMO_CAMPAIGN_ID}/ 401`,
      "POST /oauth/token 200",
      `GET /v2/campaigns/${DEMO_CAMPAIGN_ID}/ 200`,
    ]);
  });
});
