import { beforeAll, describe, expect, it } from "vitest";

import { GET as viewDocument } from "@/app/(back-office)/onboarding/documents/[documentId]/route";
import { getDb } from "@/lib/db";
import { findDocumentCopies } from "@/lib/onboarding/documents";
import { onWiseAlphaAccountEvent } from "@/lib/onboarding/wisealpha-event-handlers";
import { saveCustomerSnapshots } from "@/lib/onboarding/customer-projection";
import { SUPER_KEY, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { addCaseNoteAction, claimCaseAction, decideCaseAction, releaseCaseAction } from "./onboarding-cases";
import { changeInvestorTypeAction, createCustomerAction, provideProfileFieldsAction, uploadDocumentAction } from "./onboarding-provider";

const PDF = new Blob([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" });
const harness = forSuite(() => startHarness({ SANDBOX_WA_CUSTOMERS: "200" }));
let eventId = 9_000_000n;

beforeAll(async () => {
  pointAppAtWiseAlpha(harness);
});

/** A customer whose ID documents await verification, projected with its case (as the sync does). */
async function customerCase() {
  const { results } = (await harness.control("GET", `customers?aml_status=${encodeURIComponent("AML Documents Provided")}&limit=50`)) as {
    results: { customer_id: string }[];
  };
  const used = new Set((await getDb().onboardingCase.findMany({ select: { subjectRef: true } })).map((c) => c.subjectRef));
  const customerId = results.find((r) => !used.has(r.customer_id))!.customer_id;
  await saveCustomerSnapshots(getDb(), [await harness.client().getCustomer(customerId)], new Date());
  const found = await getDb().onboardingCase.findUniqueOrThrow({
    where: { subjectType_subjectRef: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: customerId } },
  });
  return { customerId, caseId: found.id };
}

/** Applies the newest event WiseAlpha emitted for the customer, as the worker would. */
async function applyLatestEvent(customerId: string, id = eventId++) {
  const response = await fetch(`${harness.url}/wisealpha/v1/events/?customer_id=${customerId}&limit=1000`, {
    headers: { Authorization: `Token ${SUPER_KEY}` },
  });
  const { results } = (await response.json()) as { results: { event_type: string }[] };
  eventId = id + 1n;
  const event = results.at(-1)!;
  await getDb().$transaction((tx) => onWiseAlphaAccountEvent(tx, { id, provider: "WISEALPHA", type: event.event_type, payload: event }));
}

const snapshotOf = async (caseId: string) => {
  const c = await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId }, include: { entries: true } });
  const audits = await getDb().auditEntry.count({ where: { targetId: caseId, action: { startsWith: "onboarding" } } });
  return { status: c.status, assigneeId: c.assigneeId, decidedAt: c.decidedAt, entries: c.entries.length, audits };
};

describe("onboarding actions, refused or allowed by the actions themselves", () => {
  it("STAFF can take no compliance decision and write nothing at WiseAlpha; nothing changes", async () => {
    const { customerId, caseId } = await customerCase();
    await harness.control("POST", `customers/${customerId}/documents/proof_of_address/reject`, { reason: "Too old." });
    await applyLatestEvent(customerId);
    const before = await snapshotOf(caseId);
    const docsBefore = (await harness.client().getCustomer(customerId)).validation.documents;

    await signInAs("STAFF");
    const review = `Your role (STAFF) does not allow this (onboarding.review).`;
    const act = `Your role (STAFF) does not allow this (onboarding.act).`;
    expect((await claimCaseAction({ caseId })).serverError).toBe(review);
    expect((await releaseCaseAction({ caseId })).serverError).toBe(review);
    expect((await addCaseNoteAction({ caseId, note: "looks fine" })).serverError).toBe(review);
    expect((await decideCaseAction({ caseId, decision: "APPROVE", reason: "Provider checks passed", comment: "" })).serverError).toBe(
      review,
    );
    expect(
      (await decideCaseAction({ caseId, decision: "REJECT", reason: "Customer withdrew", comment: "asked to stop" })).serverError,
    ).toBe(review);
    expect((await uploadDocumentAction({ caseId, documentType: "proof_of_address", file: PDF, fileName: "bill.pdf" })).serverError).toBe(
      act,
    );
    expect((await provideProfileFieldsAction({ caseId, contactNumber: "07777777777" })).serverError).toBe(act);
    const investorType = { caseId, investorTypeId: 2, investorTypeIdentifier: "Standard Investor" };
    const amounts = { annualIncome: "1", annualIncomeCurrency: "GBP", netInvestibleAssets: "1", netInvestibleAssetsCurrency: "GBP" };
    expect((await changeInvestorTypeAction({ ...investorType, ...amounts })).serverError).toBe(act);
    expect((await createCustomerAction({ email: "staff-made@example.com", firstName: "A", lastName: "B" })).serverError).toBe(act);

    expect(await snapshotOf(caseId)).toEqual(before);
    expect((await harness.client().getCustomer(customerId)).validation.documents).toEqual(docsBefore);
    expect(docsBefore.proof_of_address).toBe("rejected");
    const { count } = await harness.client().listCustomers({ limit: 1 });
    expect((await harness.client().listCustomers({ offset: count - 1 })).results.map((c) => c.email)).not.toContain(
      "staff-made@example.com",
    );
    expect(await getDb().auditEntry.count({ where: { action: "action.denied", actorRole: "STAFF" } })).toBeGreaterThanOrEqual(9);
  });

  it("a rejection waits on the customer with WiseAlpha's reason; COMPLIANCE claims, uploads, and approves once WiseAlpha verifies", async () => {
    const { customerId, caseId } = await customerCase();
    await harness.control("POST", `customers/${customerId}/documents/proof_of_address/reject`, {
      reason: "Provided document was too old.",
    });
    const rejection = eventId;
    await applyLatestEvent(customerId, rejection);
    let c = await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "WAITING_ON_CUSTOMER", waitingReason: "Proof of address rejected: Provided document was too old." });
    await applyLatestEvent(customerId, rejection); // a replay adds nothing
    expect(await getDb().onboardingCaseEntry.count({ where: { caseId, kind: "PROVIDER_EVENT" } })).toBe(1);

    await signInAs("COMPLIANCE");
    expect((await claimCaseAction({ caseId })).serverError).toBeUndefined();
    const upload = await uploadDocumentAction({ caseId, documentType: "proof_of_address", file: PDF, fileName: "bill.pdf" });
    expect(upload.data).toEqual({ state: "provided" });
    // WiseAlpha never returns a document: the case keeps the copy it sent, for viewing inline.
    const [copy] = await findDocumentCopies(customerId);
    expect(copy).toMatchObject({ documentType: "proof_of_address", fileName: "bill.pdf", contentType: "application/pdf", size: 15 });
    const viewed = await viewDocument(new Request(`http://app/onboarding/documents/${copy!.id}`), {
      params: Promise.resolve({ documentId: copy!.id }),
    });
    expect(viewed.status).toBe(200);
    expect(viewed.headers.get("content-type")).toBe("application/pdf");
    expect(viewed.headers.get("content-disposition")).toBe("inline; filename*=UTF-8''bill.pdf");
    expect(await viewed.text()).toBe("%PDF-1.4\n%%EOF\n");
    c = await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "IN_REVIEW", waitingReason: null, providerReady: false });

    const notReady = await decideCaseAction({ caseId, decision: "APPROVE", reason: "Provider checks passed", comment: "" });
    expect(notReady.serverError).toBe("The provider does not show the customer ready yet.");
    const noComment = await decideCaseAction({ caseId, decision: "REJECT", reason: "Customer withdrew", comment: "" });
    expect(noComment.validationErrors).toBeDefined();

    await harness.control("POST", `customers/${customerId}/identity-documents/verify`);
    await applyLatestEvent(customerId);
    expect((await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId } })).providerReady).toBe(true);
    const approved = await decideCaseAction({
      caseId,
      decision: "APPROVE",
      reason: "Identity and documents verified",
      comment: "Checked.",
    });
    expect(approved.serverError).toBeUndefined();
    c = await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "APPROVED", decisionReason: "Identity and documents verified", decisionComment: "Checked." });
    const actions = (await getDb().auditEntry.findMany({ where: { targetId: { in: [caseId, customerId] } }, orderBy: { id: "asc" } })).map(
      (a) => `${a.action}:${a.outcome}`,
    );
    expect(actions).toEqual([
      "onboarding_case.claimed:SUCCESS",
      "onboarding.document_uploaded:ATTEMPTED",
      "onboarding.document_uploaded:SUCCESS",
      "onboarding_case.approved:SUCCESS",
    ]);
  });

  it("investor type: the action refuses what the rules refuse, with the same message, and WiseAlpha is not called", async () => {
    const { caseId } = await customerCase();
    await signInAs("COMPLIANCE");
    const before = harness.log.length;
    const result = await changeInvestorTypeAction({
      caseId,
      investorTypeId: 1,
      investorTypeIdentifier: "Certified High Net Worth Investor",
      annualIncome: "50000",
      annualIncomeCurrency: "GBP",
      netInvestibleAssets: "1000",
      netInvestibleAssetsCurrency: "GBP",
    });
    expect((result.validationErrors as { _errors?: string[] })._errors).toEqual([
      "To be a Certified High Net Worth Investor your annual income must be at least GBP100,000 or your net investible assets must be at least GBP250,000.",
    ]);
    expect(harness.log.length).toBe(before);
  });
});
