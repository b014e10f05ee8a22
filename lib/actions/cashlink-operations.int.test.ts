import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createCashlinkInvestment } from "@/lib/onboarding/create-cashlink-investment";
import { DEMO_CAMPAIGN_ID, DEMO_CLIENT, DEMO_INVESTOR_ID, startHarness, type Harness } from "@/lib/providers/cashlink/test-sandbox";
import { collect } from "@/lib/providers/pagination";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";

import {
  acceptCashlinkInvestmentsAction,
  addCashlinkWalletAction,
  createCashlinkInvestorAction,
  createCashlinkInvitationAction,
  identifyCashlinkInvestorAction,
  markCashlinkInvestmentPaidAction,
  recordSelfDisclosureAction,
  recordSurveyAction,
  recordSurveyWaiverAction,
} from "./cashlink-operations";

const sandbox = forSuite(startHarness);
let cashlink: ReturnType<Harness["client"]>;

beforeAll(async () => {
  process.env.CASHLINK_BASE_URL = `${sandbox.url}/cashlink`;
  process.env.CASHLINK_CLIENT_ID = DEMO_CLIENT.clientId;
  process.env.CASHLINK_CLIENT_SECRET = DEMO_CLIENT.clientSecret;
  delete (globalThis as { cashlink?: unknown }).cashlink;
  cashlink = sandbox.client();
});

const trail = async (targetId: string) =>
  (await getDb().auditEntry.findMany({ where: { targetId }, orderBy: { id: "asc" } })).map((e) => `${e.action}:${e.outcome}`);

describe("Cashlink back-office writes (#17)", () => {
  it("invitation → self-disclosure → survey → waiver → investment → accept → paid, each keyed from our row and audited", async () => {
    await signInAs("COMPLIANCE");
    const submissionId = randomUUID();
    const input = { submissionId, investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: "1100" };
    const first = await createCashlinkInvitationAction(input);
    expect(first.serverError).toBeUndefined();
    const invitationId = first.data!.invitationId;
    // A double submit of the same form: the same row, so nothing new at Cashlink.
    const second = await createCashlinkInvitationAction(input);
    expect(second.data!.invitationId).toBe(invitationId);
    const mine = (await collect(cashlink.iterateInvitations({ investorId: DEMO_INVESTOR_ID }))).filter((i) => i.id === invitationId);
    expect(mine).toHaveLength(1);
    const row = await getDb().cashlinkWrite.findUniqueOrThrow({ where: { dedupeKey: `INVITATION_CREATE:${submissionId}` } });
    expect(row).toMatchObject({ state: "DONE", resultId: invitationId, idempotencyKey: `bo-cashlink-invitation-create-${row.id}` });
    expect(await trail(invitationId)).toEqual(["cashlink.invitation_created:SUCCESS"]);

    const now = new Date().toISOString();
    expect(
      (
        await recordSelfDisclosureAction({
          submissionId: randomUUID(),
          invitationId,
          submittedAt: now,
          monthlyIncome: true,
          netWorth100k: true,
        })
      ).serverError,
    ).toBeUndefined();
    expect(
      (await recordSurveyAction({ submissionId: randomUUID(), invitationId, submittedAt: now, answers: [] })).serverError,
    ).toBeUndefined();
    expect(
      (await recordSurveyWaiverAction({ submissionId: randomUUID(), invitationId, waiver: "NO_ANSWERS" })).serverError,
    ).toBeUndefined();
    expect(await cashlink.getInvitation(invitationId)).toMatchObject({ survey_waiver: "NO_ANSWERS", missing_requirements: [] });
    expect(await trail(invitationId)).toEqual([
      "cashlink.invitation_created:SUCCESS",
      "cashlink.self_disclosure_recorded:ATTEMPTED",
      "cashlink.self_disclosure_recorded:SUCCESS",
      "cashlink.survey_recorded:ATTEMPTED",
      "cashlink.survey_recorded:SUCCESS",
      "cashlink.survey_waived:ATTEMPTED",
      "cashlink.survey_waived:SUCCESS",
    ]);

    const compliance = await signInAs("COMPLIANCE");
    const actor = { ...compliance.user, sessionId: compliance.session.id };
    const { investmentId } = await createCashlinkInvestment(actor, { invitationId, signedAt: new Date() });

    // Bulk accept: one real, one unknown → a result each; the unknown one does not stop the other.
    const unknown = randomUUID();
    const accepted = await acceptCashlinkInvestmentsAction({ investmentIds: [investmentId, unknown], acceptedAt: now });
    expect(accepted.data!.results.map((r) => r.outcome)).toEqual(["accepted", "failed"]);
    expect(accepted.data!.results[1]!.message).toContain("Cashlink does not know this record");
    const again = await acceptCashlinkInvestmentsAction({ investmentIds: [investmentId], acceptedAt: now });
    expect(again.data!.results[0]!.outcome).toBe("already_accepted");

    // COMPLIANCE may not mark paid; STAFF may, once.
    expect((await markCashlinkInvestmentPaidAction({ investmentId, paidAt: "2026-12-01" })).serverError).toContain("does not allow");
    await signInAs("STAFF");
    const paid = await markCashlinkInvestmentPaidAction({ investmentId, paidAt: "2026-12-01" });
    expect(paid.data).toEqual({ status: "PAID", alreadyDone: false });
    expect((await markCashlinkInvestmentPaidAction({ investmentId, paidAt: "2026-12-01" })).data).toEqual({
      status: "PAID",
      alreadyDone: true,
    });
    expect((await cashlink.getInvestment(investmentId)).status).toBe("PAID");
    expect(await trail(investmentId)).toEqual([
      "cashlink.investment_accepted:ATTEMPTED",
      "cashlink.investment_accepted:SUCCESS",
      "cashlink.investment_paid:ATTEMPTED",
      "cashlink.investment_paid:SUCCESS",
    ]);
    expect((await getDb().cashlinkInvestmentRequest.findUniqueOrThrow({ where: { invitationId } })).investmentStatus).toBe("PAID");
  });

  it("a refusal shows Cashlink's words, frees the intent and keeps nothing half-done", async () => {
    await signInAs("STAFF");
    const waiting = (await cashlink.listInvestments({ status: "WAITING_FOR_ACCEPTANCE" }, { pageSize: 1 })).results[0]!;
    const refused = await markCashlinkInvestmentPaidAction({ investmentId: waiting.id, paidAt: "2026-12-01" });
    expect(refused.serverError).toContain("Cashlink said: paid_at: A payment can only be recorded for an ACCEPTED investment");
    const rows = await getDb().cashlinkWrite.findMany({ where: { kind: "INVESTMENT_PAID", subjectId: waiting.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "REFUSED", dedupeKey: `INVESTMENT_PAID:${waiting.id}#refused-${rows[0]!.id}` });
    expect(await trail(waiting.id)).toEqual(["cashlink.investment_paid:ATTEMPTED", "cashlink.investment_paid:FAILURE"]);
  });

  it("creates and identifies an investor and adds a wallet; audit keeps field names, not personal data", async () => {
    await signInAs("COMPLIANCE");
    const created = await createCashlinkInvestorAction({ submissionId: randomUUID(), forename: "Lea", surname: "Beispiel", email: "" });
    const investorId = created.data!.investorId;
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: "cashlink.investor_created", targetId: investorId } });
    expect(JSON.stringify(audit.details)).not.toContain("Beispiel");

    const identified = await identifyCashlinkInvestorAction({
      submissionId: randomUUID(),
      investorId,
      documentType: "IDCARD",
      documentId: "T22000129",
      identityProvider: "POSTIDENT",
      verifiedAt: new Date().toISOString(),
    });
    expect(identified.serverError).toBeUndefined();
    expect((await cashlink.getInvestor(investorId)).is_identified).toBe(true);
    // No tax information yet: Cashlink refuses the wallet, in its own words.
    const wallet = await addCashlinkWalletAction({ submissionId: randomUUID(), investorId, type: "eth-managed" });
    expect(wallet.serverError).toContain("tax_information");
    await cashlink.updateInvestor(investorId, { tax_information: { tax_identification_number: "1" } }, { idempotencyKey: randomUUID() });
    expect((await addCashlinkWalletAction({ submissionId: randomUUID(), investorId, type: "eth-managed" })).serverError).toBeUndefined();
    expect(await cashlink.listWallets(investorId)).toHaveLength(1);
  });
});
