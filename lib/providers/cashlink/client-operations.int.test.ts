import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { ProviderError } from "../errors";
import { collect } from "../pagination";
import { DEMO_CAMPAIGN_ID, DEMO_INVESTOR_ID, startHarness } from "./test-sandbox";
import {
  cashlinkErrorMessages,
  toCashlinkCampaignView,
  toCashlinkInvestmentView,
  toCashlinkInvestorView,
  toCashlinkWalletView,
} from "./transform";

/** The back-office operations of issue #17: campaigns, investors, identification, wallets, accept and pay. */

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const randomAddress = () => `0x${randomUUID().replace(/-/g, "")}${randomUUID().replace(/-/g, "").slice(0, 8)}`;
const IDENTIFICATION = {
  document_type: "IDCARD",
  document_id: "L01X00T47",
  identity_provider: "POSTIDENT",
  verified_at: "2022-03-01T10:00:00Z",
};

describe("Cashlink client: back-office operations against the sandbox", () => {
  const sandbox = forSuite(startHarness);

  it("lists campaigns (read-only) with unit prices as decimal strings", async () => {
    const client = sandbox.client();
    const page = await client.listCampaigns({ pageSize: 2 });
    expect(page.count).toBeGreaterThan(2);
    expect(page.results).toHaveLength(2);
    const all = await collect(client.iterateCampaigns());
    expect(all).toHaveLength(page.count);
    const demo = toCashlinkCampaignView(all.find((c) => c.id === DEMO_CAMPAIGN_ID)!);
    expect(demo.unitPrice).toEqual({ amount: "1.000", currency: "EUR" });
    expect(sandbox.log.some((e) => e.method === "GET" && e.path === "/v2/campaigns/")).toBe(true);
  });

  it("creates, updates and identifies an investor, then adds generic and managed wallets, each keyed", async () => {
    const client = sandbox.client();
    const key = `bo-investor-${randomUUID()}`;
    const investor = await client.createInvestor(
      {
        natural_person: { forename: "Max", surname: "Mustermann", is_subject_to_us_tax: false },
        communication: { email: "max@example.com" },
      },
      { idempotencyKey: key },
    );
    expect(toCashlinkInvestorView(investor)).toMatchObject({ name: "Max Mustermann", email: "max@example.com", isIdentified: false });
    const listed = await client.listInvestors({ pageSize: 1 });
    expect(listed.count).toBeGreaterThan(0);

    // Wallets need KYC and tax information first: Cashlink's field error comes through in its own words.
    const early = await rejection(client.createManagedWallet(investor.id, { idempotencyKey: `${key}-w0` }));
    expect(early).toMatchObject({ code: "validation", status: 400 });
    expect(cashlinkErrorMessages(early.details)[0]).toContain("needs a successful identification");

    const updated = await client.updateInvestor(
      investor.id,
      { tax_information: { tax_identification_number: "12345678901", non_assessment_certificate: false } },
      { idempotencyKey: `${key}-tax` },
    );
    expect(toCashlinkInvestorView(updated).hasTaxInformation).toBe(true);

    const identification = await client.identifyInvestor(investor.id, IDENTIFICATION, { idempotencyKey: `${key}-id` });
    const replayed = await client.identifyInvestor(investor.id, IDENTIFICATION, { idempotencyKey: `${key}-id` });
    expect(replayed.id).toBe(identification.id);
    expect(toCashlinkInvestorView(await client.getInvestor(investor.id)).isIdentified).toBe(true);

    const address = randomAddress();
    const generic = await client.createGenericWallet(investor.id, { address, receivingEnabled: true }, { idempotencyKey: `${key}-g` });
    expect(toCashlinkWalletView(generic)).toMatchObject({ type: "eth-generic", address, receivingEnabled: true });
    const managed = await client.createManagedWallet(investor.id, { idempotencyKey: `${key}-m` });
    expect(managed.type).toBe("eth-managed");
    expect((await client.listWallets(investor.id)).map((w) => w.id)).toEqual([generic.id, managed.id]);

    const second = await rejection(client.createManagedWallet(investor.id, { idempotencyKey: `${key}-m2` }));
    expect(cashlinkErrorMessages(second.details)).toEqual(["The investor already has a managed wallet; only one is allowed."]);
    const shared = await rejection(
      client.createGenericWallet(DEMO_INVESTOR_ID, { address, receivingEnabled: true }, { idempotencyKey: `${key}-g2` }),
    );
    expect(cashlinkErrorMessages(shared.details)[0]).toMatch(/^address: This address is already bound/);
  });

  it("refuses keyless writes that must be keyed from our record", async () => {
    const client = sandbox.client();
    await expect(client.markInvestmentPaid("x", new Date(), { idempotencyKey: " " })).rejects.toThrow(/X-Idempotency-Key/);
    await expect(client.identifyInvestor("x", IDENTIFICATION, { idempotencyKey: "" })).rejects.toThrow(/X-Idempotency-Key/);
  });

  it("accepts an investment and marks it paid (ACCEPTED → PAID); a refused move keeps Cashlink's words", async () => {
    const client = sandbox.client();
    const invitation = await client.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 500 });
    await client.submitSurvey(invitation.id, { submittedAt: new Date(), answers: [] });
    await client.waiveSurvey(invitation.id, "NO_ANSWERS");
    const created = await client.createInvestmentFromInvitation({
      invitationId: invitation.id,
      signedAt: new Date(),
      idempotencyKey: `bo-investment-${randomUUID()}`,
    });
    expect(created.status).toBe("WAITING_FOR_ACCEPTANCE");

    const tooEarly = await rejection(client.markInvestmentPaid(created.id, "2026-12-01T00:00:00Z", { idempotencyKey: randomUUID() }));
    expect(tooEarly).toMatchObject({ code: "validation", status: 400 });
    expect(cashlinkErrorMessages(tooEarly.details)).toEqual([
      "paid_at: A payment can only be recorded for an ACCEPTED investment; this one is WAITING_FOR_ACCEPTANCE.",
    ]);

    const acceptKey = `bo-accept-${randomUUID()}`;
    const accepted = await client.acceptInvestment(created.id, "2026-12-02T09:00:00Z", { idempotencyKey: acceptKey });
    expect(toCashlinkInvestmentView(accepted)).toMatchObject({ status: "ACCEPTED", acceptedAt: "2026-12-02T09:00:00Z" });
    // A retry with the same key (a crash after Cashlink answered) replays the first answer.
    expect((await client.acceptInvestment(created.id, "2026-12-02T09:00:00Z", { idempotencyKey: acceptKey })).status).toBe("ACCEPTED");

    const paidKey = `bo-paid-${randomUUID()}`;
    const paid = await client.markInvestmentPaid(created.id, "2026-12-03T00:00:00Z", { idempotencyKey: paidKey });
    expect(toCashlinkInvestmentView(paid)).toMatchObject({ status: "PAID", paidAt: "2026-12-03T00:00:00Z" });
    expect((await client.markInvestmentPaid(created.id, "2026-12-03T00:00:00Z", { idempotencyKey: paidKey })).status).toBe("PAID");

    const unknown = await rejection(client.acceptInvestment(randomUUID(), new Date(), { idempotencyKey: randomUUID() }));
    expect(unknown).toMatchObject({ code: "not_found", status: 404 });
    expect(cashlinkErrorMessages(unknown.details)).toEqual(["Not found."]);
  });
});
