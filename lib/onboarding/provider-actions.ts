import "server-only";

import type { AuditAction } from "@/lib/audit/audit-types";
import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError, atProvider } from "@/lib/errors";
import { statusAfterProviderChange } from "@/lib/onboarding/case-rules";
import { appendEntry, changeStatus, lockCase } from "@/lib/onboarding/case-timeline";
import { customerName } from "@/lib/onboarding/customer-flags";
import { ensureCase, saveCustomerSnapshots, waitingOnCustomer } from "@/lib/onboarding/customer-projection";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";
import { type ChangeInvestorTypeInput, investorTypeKind, toInvestorTypeChange } from "@/lib/validations/onboarding-investor-type";
import { saveDocumentCopy } from "@/lib/onboarding/documents";
import { detectDocumentType, documentFileProblem, documentLabel, type UploadDocumentInput } from "@/lib/validations/onboarding-documents";
import { type CreateCustomerInput, type ProfileFieldsInput, toProfileUpdate } from "@/lib/validations/onboarding-profile";

/**
 * Writes at WiseAlpha on a customer's behalf, each through `auditedProviderWrite`: the
 * intent (ATTEMPTED, with the values) is committed before the call; after it, in one
 * transaction: the fresh profile into the projection, an entry on the case's timeline,
 * the case's move (a re-upload ends a wait) and the SUCCESS row. A provider refusal is a
 * FAILURE row and its user message; a failure after WiseAlpha accepted says the change may
 * already have been applied.
 */
async function customerIdOf(caseId: string): Promise<string> {
  const found = await getDb().onboardingCase.findUnique({ where: { id: caseId }, select: { subjectType: true, subjectRef: true } });
  if (!found) throw new AppError("NOT_FOUND", "That case does not exist.");
  if (found.subjectType !== "WISEALPHA_CUSTOMER") throw new AppError("INVALID", "This action applies to WiseAlpha customers only.");
  return found.subjectRef;
}

type Recorded = { audit: AuditAction; summary: string; details: Record<string, unknown> };

/** Our side of a provider action: projection, case timeline and status; returns the case id for the audit row. */
function recordAction(user: CurrentUser, customer: WiseAlphaCustomer, action: Recorded) {
  return async (tx: Tx) => {
    await saveCustomerSnapshots(tx, [customer], new Date());
    const caseId = await ensureCase(tx, "WISEALPHA_CUSTOMER", customer.customer_id, customerName(customer));
    const current = (await lockCase(tx, caseId))!;
    const actor = { id: user.id, email: user.email };
    await appendEntry(tx, caseId, { kind: "PROVIDER_ACTION", summary: action.summary, actor, details: action.details as object });
    const next = statusAfterProviderChange(current, waitingOnCustomer(customer));
    await changeStatus(tx, caseId, current.status, next, { actor, data: next === "WAITING_ON_CUSTOMER" ? {} : { waitingReason: null } });
    return { caseId };
  };
}

const intentFor = (user: CurrentUser, action: AuditAction, customerId: string | null, details: Record<string, unknown>) => ({
  actor: user,
  provider: "wisealpha" as const,
  action,
  targetType: "wisealpha_customer",
  targetId: customerId,
  details,
});

export async function uploadCustomerDocument(user: CurrentUser, input: UploadDocumentInput) {
  const problem = await documentFileProblem(input.file);
  if (problem) throw new AppError("INVALID", problem);
  const customerId = await customerIdOf(input.caseId);
  const data = new Uint8Array(await input.file.arrayBuffer());
  const contentType = detectDocumentType(data.subarray(0, 8))!;
  const client = getWiseAlphaClient();
  const details = { documentType: input.documentType, fileName: input.fileName, bytes: data.length, contentType };
  return auditedProviderWrite(
    intentFor(user, "onboarding.document_uploaded", customerId, details),
    () => client.uploadDocument(customerId, { documentType: input.documentType, data, contentType, fileName: input.fileName }),
    async () => {
      const customer = await client.getCustomer(customerId);
      const state = customer.validation.documents[input.documentType] ?? null;
      const summary = `${documentLabel(input.documentType)} uploaded by ${user.email}`;
      return {
        result: { state },
        details: { state },
        apply: async (tx: Tx) => {
          const recorded = await recordAction(user, customer, {
            audit: "onboarding.document_uploaded",
            summary,
            details: { ...details, state },
          })(tx);
          const copy = { customerId, documentType: input.documentType, fileName: input.fileName, contentType, data };
          await saveDocumentCopy(tx, { ...copy, uploadedById: user.id });
          return recorded;
        },
      };
    },
  );
}

export async function provideProfileFields(user: CurrentUser, input: ProfileFieldsInput) {
  const customerId = await customerIdOf(input.caseId);
  const update = toProfileUpdate(input);
  // Field names only: the values are personal data and stay at the provider.
  const fields = Object.keys(update);
  return auditedProviderWrite(
    intentFor(user, "onboarding.profile_updated", customerId, { fields }),
    () => getWiseAlphaClient().patchCustomer(customerId, update),
    (customer) => {
      const details = { fields, fieldsStillNeeded: customer.validation.fields_needed };
      const summary = `Profile fields provided by ${user.email}: ${fields.join(", ")}`;
      return {
        result: { fieldsNeeded: customer.validation.fields_needed },
        details,
        apply: recordAction(user, customer, { audit: "onboarding.profile_updated", summary, details }),
      };
    },
  );
}

export async function changeCustomerInvestorType(user: CurrentUser, input: ChangeInvestorTypeInput) {
  const customerId = await customerIdOf(input.caseId);
  const client = getWiseAlphaClient();
  // The rules follow the type's identifier; make sure the id really is that type at WiseAlpha.
  const { investor_types } = await atProvider(() => client.listInvestorTypes());
  const chosen = investor_types.find((t) => t.id === input.investorTypeId);
  if (!chosen || investorTypeKind(chosen.identifier) !== investorTypeKind(input.investorTypeIdentifier)) {
    throw new AppError("INVALID", "That investor type is not offered by WiseAlpha; reload the page.");
  }
  const chosenDetails = { investorTypeId: chosen.id, identifier: chosen.identifier };
  return auditedProviderWrite(
    intentFor(user, "onboarding.investor_type_changed", customerId, chosenDetails),
    () => client.changeInvestorType(customerId, toInvestorTypeChange(input)),
    async (result) => {
      const customer = await client.getCustomer(customerId);
      const details = { ...chosenDetails, pendingApproval: result.pendingApproval };
      const summary = `Investor type ${result.pendingApproval ? "change requested" : "set"} to ${chosen.title} by ${user.email}`;
      return {
        result: { pendingApproval: result.pendingApproval },
        details,
        apply: recordAction(user, customer, { audit: "onboarding.investor_type_changed", summary, details }),
      };
    },
  );
}

export async function createManagedCustomer(user: CurrentUser, input: CreateCustomerInput) {
  // WiseAlpha assigns the id, so the intent has no target yet; the name and e-mail are personal data and stay out.
  return auditedProviderWrite(
    intentFor(user, "onboarding.customer_created", null, {}),
    () => getWiseAlphaClient().createCustomer({ email: input.email, first_name: input.firstName, last_name: input.lastName }),
    (customer) => {
      const summary = `Managed customer created at WiseAlpha by ${user.email}`;
      const details = { customerId: customer.customer_id };
      const record = recordAction(user, customer, { audit: "onboarding.customer_created", summary, details });
      let caseId = "";
      return {
        targetId: customer.customer_id,
        // Read after `apply` committed, which is when the case id is known.
        get result() {
          return { customerId: customer.customer_id, caseId };
        },
        details,
        apply: async (tx: Tx) => {
          ({ caseId } = await record(tx));
          return { caseId };
        },
      };
    },
  );
}
