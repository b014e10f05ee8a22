import { describe, expect, it } from "vitest";

import { CAMPAIGN_ID, createInvestor, startCashlink } from "./test-helpers";
import { INVESTMENT_STATUSES } from "./types";

describe("Cashlink sandbox data and persistence", () => {
  it("seeds the same data for the same SANDBOX_SEED, with invitations at every stage", async () => {
    const a = await startCashlink({ SANDBOX_SEED: "7" });
    const b = await startCashlink({ SANDBOX_SEED: "7" });
    const ids = async (cl: typeof a) =>
      (await cl.call("GET", "/v2/invitations/?page_size=100")).json().results.map((i: { id: string }) => i.id);
    expect(await ids(a)).toEqual(await ids(b));

    const invitations = (await a.call("GET", "/v2/invitations/?page_size=100")).json().results as {
      investment_id: string | null;
      missing_requirements: { field: string }[];
    }[];
    expect(invitations).toHaveLength(20);
    const missing = new Set(invitations.filter((i) => !i.investment_id).map((i) => i.missing_requirements.map((m) => m.field).join(",")));
    expect(missing).toContain(""); // complete but unused
    expect([...missing].some((m) => m.includes("survey_waiver"))).toBe(true);
    expect([...missing].some((m) => m.includes("survey_submitted_at"))).toBe(true);

    const summary = (await a.app.inject({ method: "GET", url: "/cashlink/__sandbox/summary" })).json();
    expect(Object.keys(summary.investments_by_status).sort()).toEqual([...INVESTMENT_STATUSES].sort());
    await a.close();
    await b.close();
  });

  it("keeps state across a restart with the same data dir", async () => {
    const first = await startCashlink();
    const investor = await createInvestor(first, { kyc: true, wallet: true });
    const invitation = (
      await first.call("POST", "/v2/invitations/", {
        body: { investor_id: investor.id, campaign_id: CAMPAIGN_ID, units: 10 },
        key: "restart-key",
      })
    ).json();
    await first.close();

    const second = await startCashlink({ SANDBOX_DATA_DIR: first.dataDir });
    expect((await second.call("GET", `/v2/invitations/${invitation.id}/`)).json().units).toBe(10);
    expect((await second.call("GET", `/v2/investors/${investor.id}/wallets/`)).json()[0].id).toBe(investor.walletId);
    // Idempotency keys survive too, so a client retrying across our restart gets no duplicate.
    const replay = await second.call("POST", "/v2/invitations/", {
      body: { investor_id: investor.id, campaign_id: CAMPAIGN_ID, units: 10 },
      key: "restart-key",
    });
    expect(replay.json().id).toBe(invitation.id);
    await second.close();
  });
});
