import { afterEach, describe, expect, it } from "vitest";

import { CAMPAIGN_ID, createInvestor, startCashlink, type TestCashlink } from "./test-helpers";

const SIGNED_AT = "2022-03-22T08:33:45.617Z";

describe("Cashlink investments", () => {
  let cl: TestCashlink;
  afterEach(async () => cl?.close());

  /** Investor + invitation; `complete` fills in everything the guide does. */
  async function setup(options: { kyc?: boolean; complete?: boolean } = {}) {
    const investor = await createInvestor(cl, { kyc: options.kyc, wallet: options.kyc });
    const invitation = (
      await cl.call("POST", "/v2/invitations/", { body: { investor_id: investor.id, campaign_id: CAMPAIGN_ID, units: 1100 } })
    ).json();
    if (options.complete) {
      await cl.call("PATCH", `/v2/invitations/${invitation.id}/`, {
        body: {
          self_disclosure_submitted_at: SIGNED_AT,
          self_disclosure_monthly_income: true,
          self_disclosure_net_worth_100k: true,
          survey_submitted_at: SIGNED_AT,
          survey: [],
          survey_waiver: "NO_ANSWERS",
        },
      });
    }
    return { investor, invitationId: invitation.id as string };
  }
  const invest = (invitationId: string, extra: object = {}) =>
    cl.call("POST", "/v2/investments/", { body: { invitation_id: invitationId, signed_at: SIGNED_AT, ...extra } });
  const advance = (id: string, status?: string) =>
    cl.app.inject({ method: "POST", url: `/cashlink/__sandbox/investments/${id}/advance`, payload: status ? { status } : {} });

  it("refuses an investment while the invitation is incomplete and names what is missing", async () => {
    cl = await startCashlink();
    const { invitationId } = await setup();
    const count = async () => (await cl.call("GET", "/v2/investments/?page_size=1")).json().count as number;
    const before = await count();
    const response = await invest(invitationId);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.invitation_id[0]).toBe("The invitation is not complete. Missing: self_disclosure_submitted_at, survey_submitted_at.");
    expect(body.self_disclosure_submitted_at[0]).toContain("exceeds EUR 1,000.00");
    expect(await count()).toBe(before);
  });

  it("creates the investment from a complete invitation and uses the invitation up", async () => {
    cl = await startCashlink();
    const { investor, invitationId } = await setup({ complete: true });
    const created = await invest(invitationId);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      investor_id: investor.id,
      invitation_id: invitationId,
      units: 1100,
      status: "KYC_PENDING",
      wallet: null,
    });
    expect((await cl.call("GET", `/v2/invitations/${invitationId}/`)).json().investment_id).toBe(created.json().id);
    expect((await invest(invitationId)).json().invitation_id[0]).toContain("already used");
    expect((await cl.call("PATCH", `/v2/invitations/${invitationId}/`, { body: { units: 5 } })).statusCode).toBe(400);
  });

  it("refuses a missing signed_at (web subscription not enabled) and accepted_at with an invitation", async () => {
    cl = await startCashlink();
    const { invitationId } = await setup({ complete: true });
    expect((await cl.call("POST", "/v2/investments/", { body: { invitation_id: invitationId } })).json()).toHaveProperty("signed_at");
    expect((await invest(invitationId, { accepted_at: SIGNED_AT })).json()).toHaveProperty("accepted_at");
  });

  it("sets only the investor's own wallet", async () => {
    cl = await startCashlink();
    const { investor, invitationId } = await setup({ kyc: true, complete: true });
    const other = await createInvestor(cl, { kyc: true, wallet: true });
    const { id } = (await invest(invitationId)).json();
    const foreign = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { wallet: other.walletId } });
    expect(foreign.json()).toEqual({ wallet: ["The wallet belongs to a different investor."] });
    const own = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { wallet: investor.walletId } });
    expect(own.json().wallet).toBe(investor.walletId);
  });

  it("progresses to DELIVERED, recording payment via paid_at and refusing illegal moves", async () => {
    cl = await startCashlink();
    const { investor, invitationId } = await setup({ kyc: true, complete: true });
    const { id, status } = (await invest(invitationId)).json();
    expect(status).toBe("WAITING_FOR_ACCEPTANCE");

    expect((await advance(id, "DELIVERED")).statusCode).toBe(409);
    expect((await cl.call("PATCH", `/v2/investments/${id}/`, { body: { paid_at: SIGNED_AT } })).statusCode).toBe(400);
    expect((await advance(id)).json().investment).toMatchObject({ status: "ACCEPTED", accepted_at: expect.any(String) });

    const paid = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { paid_at: "2022-04-01T10:00:00Z" } });
    expect(paid.json()).toMatchObject({ status: "PAID", paid_at: "2022-04-01T10:00:00Z" });

    const noWallet = await advance(id);
    expect(noWallet.statusCode).toBe(409);
    expect(noWallet.json().detail).toContain("wallet");
    await cl.call("PATCH", `/v2/investments/${id}/`, { body: { wallet: investor.walletId } });
    expect((await advance(id)).json().investment.status).toBe("DELIVERED");
    expect((await advance(id, "CANCELLATION")).json().detail).toContain("final status");
  });

  it("accepts a waiting investment via accepted_at, then records the payment; both honour X-Idempotency-Key", async () => {
    cl = await startCashlink();
    const { invitationId } = await setup({ kyc: true, complete: true });
    const { id } = (await invest(invitationId)).json();
    const accept = () => cl.call("PATCH", `/v2/investments/${id}/`, { body: { accepted_at: SIGNED_AT }, key: "accept-1" });

    const accepted = await accept();
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "ACCEPTED", accepted_at: SIGNED_AT });
    // The same key replays the first answer instead of refusing a second acceptance.
    const replay = await accept();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json().status).toBe("ACCEPTED");
    // Without the key, a second acceptance is the seed-style field error.
    const again = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { accepted_at: SIGNED_AT } });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ accepted_at: ["Only an investment WAITING_FOR_ACCEPTANCE can be accepted; this one is ACCEPTED."] });
    // The key with another body is refused.
    const reused = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { paid_at: SIGNED_AT }, key: "accept-1" });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().detail).toContain("already used for a different request");

    const paid = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { paid_at: "2022-04-01T10:00:00Z" }, key: "paid-1" });
    expect(paid.json()).toMatchObject({ status: "PAID", paid_at: "2022-04-01T10:00:00Z" });
    const paidReplay = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { paid_at: "2022-04-01T10:00:00Z" }, key: "paid-1" });
    expect(paidReplay.statusCode).toBe(200);
    expect(paidReplay.json().status).toBe("PAID");
  });

  it("refuses accepting an investment still in KYC and leaves it unchanged", async () => {
    cl = await startCashlink();
    const { invitationId } = await setup({ complete: true });
    const { id } = (await invest(invitationId)).json();
    const refused = await cl.call("PATCH", `/v2/investments/${id}/`, { body: { accepted_at: SIGNED_AT } });
    expect(refused.json()).toEqual({
      accepted_at: ["Only an investment WAITING_FOR_ACCEPTANCE can be accepted; this one is KYC_PENDING."],
    });
    expect((await cl.call("GET", `/v2/investments/${id}/`)).json()).toMatchObject({ status: "KYC_PENDING", accepted_at: null });
    expect((await cl.call("PATCH", "/v2/investments/nope/", { body: { accepted_at: SIGNED_AT } })).json()).toEqual({
      detail: "Not found.",
    });
  });

  it("filters the list by status", async () => {
    cl = await startCashlink();
    const delivered = (await cl.call("GET", "/v2/investments/?status=DELIVERED")).json();
    expect(delivered.count).toBeGreaterThan(0);
    expect(delivered.results.every((i: { status: string; wallet: string | null }) => i.status === "DELIVERED" && i.wallet)).toBe(true);
  });
});
