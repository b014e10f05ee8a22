import { afterEach, describe, expect, it } from "vitest";

import { CAMPAIGN_ID, createInvestor, startCashlink, type TestCashlink } from "./test-helpers";

describe("Cashlink X-Idempotency-Key", () => {
  let cl: TestCashlink;
  afterEach(async () => cl?.close());

  const invitationCount = async () => (await cl.call("GET", "/v2/invitations/?page_size=1")).json().count as number;

  it("replays the first response for the same key and body, with no second effect", async () => {
    cl = await startCashlink();
    const { id: investor_id } = await createInvestor(cl);
    const body = { investor_id, campaign_id: CAMPAIGN_ID, units: 1100 };
    const first = await cl.call("POST", "/v2/invitations/", { body, key: "a1b2c3d4e5f60718" });
    const before = await invitationCount();
    // Same fields in another order are the same request.
    const again = await cl.call("POST", "/v2/invitations/", {
      body: { units: 1100, campaign_id: CAMPAIGN_ID, investor_id },
      key: "a1b2c3d4e5f60718",
    });
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await invitationCount()).toBe(before);
  });

  it("refuses the same key with a different body with 422 and changes nothing", async () => {
    cl = await startCashlink();
    const { id: investor_id } = await createInvestor(cl);
    await cl.call("POST", "/v2/invitations/", { body: { investor_id, campaign_id: CAMPAIGN_ID, units: 1100 }, key: "k-1" });
    const before = await invitationCount();
    const reused = await cl.call("POST", "/v2/invitations/", { body: { investor_id, campaign_id: CAMPAIGN_ID, units: 1200 }, key: "k-1" });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().detail).toContain('"k-1" was already used for a different request');
    expect(await invitationCount()).toBe(before);
    // Reusing it on another endpoint is a different request too.
    expect(
      (await cl.call("POST", "/v2/investors/", { body: { natural_person: { forename: "A", surname: "B" } }, key: "k-1" })).statusCode,
    ).toBe(422);
  });

  it("applies to PATCH: a replayed patch does not re-run (updated_at unchanged)", async () => {
    cl = await startCashlink();
    const { id: investor_id } = await createInvestor(cl);
    const { id } = (await cl.call("POST", "/v2/invitations/", { body: { investor_id, campaign_id: CAMPAIGN_ID, units: 10 } })).json();
    const body = { survey_submitted_at: "2022-03-22T07:14:13Z", survey: [] };
    const first = await cl.call("PATCH", `/v2/invitations/${id}/`, { body, key: "patch-1" });
    await new Promise((r) => setTimeout(r, 5));
    const replay = await cl.call("PATCH", `/v2/invitations/${id}/`, { body, key: "patch-1" });
    expect(replay.json().updated_at).toBe(first.json().updated_at);
  });

  it("does not store refusals, so the same key works once the missing data is there", async () => {
    cl = await startCashlink();
    const { id: investor_id } = await createInvestor(cl);
    const { id } = (await cl.call("POST", "/v2/invitations/", { body: { investor_id, campaign_id: CAMPAIGN_ID, units: 10 } })).json();
    const body = { invitation_id: id, signed_at: "2022-03-22T08:33:45.617Z" };
    expect((await cl.call("POST", "/v2/investments/", { body, key: "inv-1" })).statusCode).toBe(400);
    await cl.call("PATCH", `/v2/invitations/${id}/`, {
      body: { survey_submitted_at: "2022-03-22T07:14:13Z", survey: [], survey_waiver: "NO_ANSWERS" },
    });
    const created = await cl.call("POST", "/v2/investments/", { body, key: "inv-1" });
    expect(created.statusCode).toBe(201);
    expect((await cl.call("POST", "/v2/investments/", { body, key: "inv-1" })).json().id).toBe(created.json().id);
  });

  it("keeps keys per OAuth client and without a key every POST takes effect", async () => {
    cl = await startCashlink();
    const body = { natural_person: { forename: "A", surname: "B" } };
    const a = await cl.call("POST", "/v2/investors/", { body });
    const b = await cl.call("POST", "/v2/investors/", { body });
    expect(a.json().id).not.toBe(b.json().id);
  });
});
