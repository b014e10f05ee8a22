import { afterEach, beforeAll, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { saveCustomerSnapshots } from "@/lib/onboarding/customer-projection";
import { startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";
import { allowAuditRows, refuseAuditRowOf } from "@/scripts/test-support/refuse-audit";

import { uploadDocumentAction } from "./onboarding-provider";

/**
 * Finding 2 for uploads: a database failure after WiseAlpha stored the document leaves the
 * ATTEMPTED row and tells the user it may already have been applied (never "try again").
 */
const PDF = new Blob([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" });
const harness = forSuite(() => startHarness({ SANDBOX_WA_CUSTOMERS: "200" }));

beforeAll(async () => {
  pointAppAtWiseAlpha(harness);
});
afterEach(async () => {
  await allowAuditRows();
});

it("upload: a DB failure after WiseAlpha accepted leaves the intent row and says 'may already have been applied'", async () => {
  const { results } = (await harness.control("GET", `customers?aml_status=${encodeURIComponent("AML Documents Provided")}&limit=50`)) as {
    results: { customer_id: string }[];
  };
  const used = new Set((await getDb().onboardingCase.findMany({ select: { subjectRef: true } })).map((c) => c.subjectRef));
  const customerId = results.find((r) => !used.has(r.customer_id))!.customer_id;
  await harness.control("POST", `customers/${customerId}/documents/proof_of_address/reject`, { reason: "Too old." });
  await saveCustomerSnapshots(getDb(), [await harness.client().getCustomer(customerId)], new Date());
  const { id: caseId } = await getDb().onboardingCase.findUniqueOrThrow({
    where: { subjectType_subjectRef: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: customerId } },
  });
  await refuseAuditRowOf("onboarding.document_uploaded");

  const compliance = await signInAs("COMPLIANCE");
  const result = await uploadDocumentAction({ caseId, documentType: "proof_of_address", file: PDF, fileName: "bill.pdf" });
  expect(result.serverError).toMatch(/may already have been applied at WiseAlpha/);
  expect((await harness.client().getCustomer(customerId)).validation.documents.proof_of_address).toBe("provided");
  const audits = await getDb().auditEntry.findMany({ where: { action: "onboarding.document_uploaded", targetId: customerId } });
  expect(audits.map((a) => a.outcome)).toContain("ATTEMPTED");
  expect(audits.find((a) => a.outcome === "ATTEMPTED")).toMatchObject({ actorId: compliance.user.id, actorRole: "COMPLIANCE" });
  expect(audits.filter((a) => a.outcome === "SUCCESS")).toEqual([]);
});
