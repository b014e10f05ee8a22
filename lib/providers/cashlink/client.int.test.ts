import { randomUUID } from "node:crypto";

import { afterEach, describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { providerRejection as rejection } from "../test-rejection";
import { collect } from "../pagination";
import { DEMO_CAMPAIGN_ID, DEMO_INVESTOR_ID, startHarness, type Harness } from "./test-sandbox";
import { toCashlinkInvestmentView } from "./transform";

describe("Cashlink client against the sandbox", () => {
  const sandbox = forSuite(startHarness);

  afterEach(async () => {
    await sandbox.resetFaults();
    sandbox.log.length = 0;
  });

  /** A complete invitation for 1,100 units (EUR 1,100: self-disclosure needed), as in Cashlink's guide. */
  async function completeInvitation(client: ReturnType<Harness["client"]>) {
    const created = await client.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 1100 });
    await client.submitSelfDisclosure(created.id, { submittedAt: "2021-11-15T08:33:45.617Z", monthlyIncome: true, netWorth100k: true });
    await client.submitSurvey(created.id, { submittedAt: "2022-03-22T07:14:13.630308+00:00", answers: [] });
    await client.waiveSurvey(created.id, "NO_ANSWERS");
    return created;
  }

  it("runs the guide's flow: invitation → self-disclosure → survey → waiver → investment → wallet", async () => {
    const client = sandbox.client();
    const campaign = await client.getCampaign(DEMO_CAMPAIGN_ID);
    expect(campaign.unit_price).toEqual({ amount: "1000", decimals: 3, currency: "EUR" });
    expect(await client.getInvestor(DEMO_INVESTOR_ID)).toMatchObject({ id: DEMO_INVESTOR_ID, is_identified: true });

    const created = await completeInvitation(client);
    expect(created).toMatchObject({ investor_id: DEMO_INVESTOR_ID, units: 1100, amount: { amount: "1100000", decimals: 3 } });
    const invitation = await client.getInvitation(created.id);
    expect(invitation).toMatchObject({ survey_result: "NO_ANSWERS", survey_waiver: "NO_ANSWERS", missing_requirements: [] });
    expect(invitation.costs_document).toEqual(expect.objectContaining({ id: expect.any(String) }));

    const investment = await client.createInvestmentFromInvitation({
      invitationId: created.id,
      signedAt: "2022-03-22T08:33:45.617Z",
      idempotencyKey: `subscription-${randomUUID()}`,
    });
    expect(investment).toMatchObject({ invitation_id: created.id, status: "WAITING_FOR_ACCEPTANCE", wallet: null });

    const [wallet] = await client.listWallets(DEMO_INVESTOR_ID);
    expect(wallet).toBeDefined();
    await client.setInvestmentWallet(investment.id, wallet!.id);

    const fetched = await client.getInvestment(investment.id);
    expect(toCashlinkInvestmentView(fetched)).toMatchObject({
      status: "WAITING_FOR_ACCEPTANCE",
      walletId: wallet!.id,
      amount: { amount: "1100.000", currency: "EUR" },
      signedAt: "2022-03-22T08:33:45.617Z",
    });
    const mine = await collect(client.iterateInvestments({ investorId: DEMO_INVESTOR_ID }));
    expect(mine.map((i) => i.id)).toContain(investment.id);
    expect((await client.getInvitation(created.id)).investment_id).toBe(investment.id);
  });

  it("creates one investment when the same idempotency key is sent twice", async () => {
    const client = sandbox.client();
    const { id: invitationId } = await completeInvitation(client);
    const input = { invitationId, signedAt: "2022-03-22T08:33:45.617Z", idempotencyKey: `subscription-${randomUUID()}` };

    const first = await client.createInvestmentFromInvitation(input);
    const second = await client.createInvestmentFromInvitation(input);
    expect(second.id).toBe(first.id);

    const all = await collect(client.iterateInvestments({ investorId: DEMO_INVESTOR_ID }));
    expect(all.filter((i) => i.invitation_id === invitationId)).toHaveLength(1);

    // The same key for another request is a bug on our side; Cashlink (sandbox) refuses it with 422.
    const other = await completeInvitation(client);
    const misuse = await rejection(client.createInvestmentFromInvitation({ ...input, invitationId: other.id }));
    expect(misuse).toMatchObject({ code: "validation", status: 422, retryable: false });
  });

  it("creates an investor once per idempotency key and reads it back", async () => {
    const client = sandbox.client();
    const input = { natural_person: { forename: "Erika", surname: "Musterfrau", citizenship: "DEU", is_subject_to_us_tax: false } };
    const key = `customer-${randomUUID()}`;
    const first = await client.createInvestor(input, { idempotencyKey: key });
    const second = await client.createInvestor(input, { idempotencyKey: key });
    expect(second.id).toBe(first.id);
    expect(await client.getInvestor(first.id)).toMatchObject({ natural_person: { surname: "Musterfrau" }, is_identified: false });
    expect(await client.listWallets(first.id)).toEqual([]);
  });

  it("maps an incomplete invitation to a validation error that names the missing fields", async () => {
    const client = sandbox.client();
    const invitation = await client.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 1100 });
    const error = await rejection(
      client.createInvestmentFromInvitation({ invitationId: invitation.id, signedAt: new Date(), idempotencyKey: randomUUID() }),
    );
    expect(error).toMatchObject({ code: "validation", status: 400, retryable: false });
    expect(error.userMessage).toContain("self_disclosure_submitted_at");
    expect(error.details).toHaveProperty("invitation_id");
  });

  it("retries a GET on 503 and then fails with a retryable error", async () => {
    const client = sandbox.client({ sleep: async () => {} });
    await client.getCampaign(DEMO_CAMPAIGN_ID); // token first, so the fault hits the GET
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    sandbox.log.length = 0;

    const error = await rejection(client.getCampaign(DEMO_CAMPAIGN_ID));
    expect(error).toMatchObject({ provider: "cashlink", code: "server_error", status: 503, retryable: true });
    expect(error.userMessage).toMatch(/^Cashlink reported an internal error \(HTTP 503\)/);
    expect(sandbox.log.map((e) => `${e.method} ${e.status}`)).toEqual(["GET 503", "GET 503", "GET 503"]);

    await sandbox.resetFaults();
    await expect(client.getCampaign(DEMO_CAMPAIGN_ID)).resolves.toMatchObject({ id: DEMO_CAMPAIGN_ID });
  });

  it("retries a PATCH on 503 because the client gives every write an idempotency key", async () => {
    const client = sandbox.client({ sleep: async () => {} });
    const { id } = await client.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 10 });
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    sandbox.log.length = 0;
    const error = await rejection(client.waiveSurvey(id, "NO_ANSWERS"));
    expect(error).toMatchObject({ code: "server_error", retryable: true });
    expect(sandbox.log.filter((e) => e.method === "PATCH")).toHaveLength(3);
  });

  it("turns a request the provider never answers into a timeout error", async () => {
    const client = sandbox.client({ timeoutMs: 300, retries: 1, sleep: async () => {} });
    await client.getCampaign(DEMO_CAMPAIGN_ID);
    await sandbox.setFaults({ timeoutRate: 1 });
    sandbox.log.length = 0;

    const started = Date.now();
    const error = await rejection(client.getInvestor(DEMO_INVESTOR_ID));
    expect(error).toMatchObject({ code: "timeout", status: null, retryable: true });
    expect(error.userMessage).toBe("Cashlink did not answer within 300 ms. Nothing was changed on our side; try again.");
    // 300 ms is the whole call's deadline: the hanging attempt used it up, so there is no retry.
    expect(sandbox.log).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
