import "server-only";

import type { AuditAction } from "@/lib/audit/audit-types";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { statusAfterProviderChange } from "@/lib/onboarding/case-rules";
import { appendEntry, changeStatus, lockCase } from "@/lib/onboarding/case-timeline";
import { customerName } from "@/lib/onboarding/customer-flags";
import { ensureCase, saveCustomerSnapshots, waitingOnCustomer } from "@/lib/onboarding/customer-projection";
import { isProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/schemas";
import { type ChangeInvestorTypeInput, investorTypeKind, toInvestorTypeChange } from "@/lib/validations/onboarding-investor-type";
import { detectDocumentType, documentFileProblem, documentLabel, type UploadDocumentInput } from "@/lib/validations/onboarding-documents";
import { type CreateCustomerInput, type ProfileFieldsInput, toProfileUpdate } from "@/lib/validations/onboarding-profile";

/**
 * Writes at WiseAlpha on a customer's behalf. Each runs the provider call first (it cannot
 * be rolled back), then in one transaction: the fresh profile into the projection, an entry
 * on the case's timeline, the case's move (a re-upload ends a wait) and the audit entry.
 * A provider failure becomes its user message; nothing is written on our side.
 */
async function customerIdOf(caseId: string): Promise<string> {
  const found = await getDb().onboardingCase.findUnique({ where: { id: caseId }, select: { subjectType: true, subjectRef: true } });
  if (!found) throw new AppError("NOT_FOUND", "That case does not exist.");
  if (found.subjectType !== "WISEALPHA_CUSTOMER") throw new AppError("INVALID", "This action applies to WiseAlpha customers only.");
  return found.subjectRef;
}

async function atProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isProviderError(error)) throw new AppError("PROVIDER", error.userMessage);
    throw error;
  }
}

async function recordAction(
  user: CurrentUser,
  customer: WiseAlphaCustomer,
  action: { audit: AuditAction; summary: string; details: Record<string, unknown> },
) {
  await getDb().$transaction(async (tx) => {
    await saveCustomerSnapshots(tx, [customer], new Date());
    const caseId = await ensureCase(tx, "WISEALPHA_CUSTOMER", customer.customer_id, customerName(customer));
    const current = (await lockCase(tx, caseId))!;
    const actor = { id: user.id, email: user.email };
    await appendEntry(tx, caseId, { kind: "PROVIDER_ACTION", summary: action.summary, actor, details: action.details as object });
    const next = statusAfterProviderChange(current, waitingOnCustomer(customer));
    await changeStatus(tx, caseId, current.status, next, { actor, data: next === "WAITING_ON_CUSTOMER" ? {} : { waitingReason: null } });
    await writeAudit(tx, {
      actorId: user.id,
      actorEmail: user.email,
      actorRole: user.role,
      action: action.audit,
      outcome: "SUCCESS",
      targetType: "wisealpha_customer",
      targetId: customer.customer_id,
      details: { caseId, ...action.details },
    });
  });
}

export async function uploadCustomerDocument(user: CurrentUser, input: UploadDocumentInput) {
  const problem = await documentFileProblem(input.file);
  if (problem) throw new AppError("INVALID", problem);
  const customerId = await customerIdOf(input.caseId);
  const data = new Uint8Array(await input.file.arrayBuffer());
  const contentType = detectDocumentType(data.subarray(0, 8))!;
  const client = getWiseAlphaClient();
  await atProvider(() =>
    client.uploadDocument(customerId, { documentType: input.documentType, data, contentType, fileName: input.fileName }),
  );
  const customer = await atProvider(() => client.getCustomer(customerId));
  await recordAction(user, customer, {
    audit: "onboarding.document_uploaded",
    summary: `${documentLabel(input.documentType)} uploaded by ${user.email}`,
    details: {
      documentType: input.documentType,
      fileName: input.fileName,
      bytes: data.length,
      contentType,
      state: customer.validation.documents[input.documentType] ?? null,
    },
  });
  return { state: customer.validation.documents[input.documentType] ?? null };
}

export async function provideProfileFields(user: CurrentUser, input: ProfileFieldsInput) {
  const customerId = await customerIdOf(input.caseId);
  const update = toProfileUpdate(input);
  const customer = await atProvider(() => getWiseAlphaClient().patchCustomer(customerId, update));
  // Field names only: the values are personal data and stay at the provider.
  const fields = Object.keys(update);
  await recordAction(user, customer, {
    audit: "onboarding.profile_updated",
    summary: `Profile fields provided by ${user.email}: ${fields.join(", ")}`,
    details: { fields, fieldsStillNeeded: customer.validation.fields_needed },
  });
  return { fieldsNeeded: customer.validation.fields_needed };
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
  const result = await atProvider(() => client.changeInvestorType(customerId, toInvestorTypeChange(input)));
  const customer = await atProvider(() => client.getCustomer(customerId));
  await recordAction(user, customer, {
    audit: "onboarding.investor_type_changed",
    summary: `Investor type ${result.pendingApproval ? "change requested" : "set"} to ${chosen.title} by ${user.email}`,
    details: { investorTypeId: chosen.id, identifier: chosen.identifier, pendingApproval: result.pendingApproval },
  });
  return { pendingApproval: result.pendingApproval };
}

export async function createManagedCustomer(user: CurrentUser, input: CreateCustomerInput) {
  const customer = await atProvider(() =>
    getWiseAlphaClient().createCustomer({ email: input.email, first_name: input.firstName, last_name: input.lastName }),
  );
  await recordAction(user, customer, {
    audit: "onboarding.customer_created",
    summary: `Managed customer created at WiseAlpha by ${user.email}`,
    details: { customerId: customer.customer_id },
  });
  const found = await getDb().onboardingCase.findUniqueOrThrow({
    where: { subjectType_subjectRef: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: customer.customer_id } },
    select: { id: true },
  });
  return { customerId: customer.customer_id, caseId: found.id };
}
