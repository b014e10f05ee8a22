import "server-only";

import { getDb } from "@/lib/db";
import { waCustomerSchema, type WiseAlphaCustomer } from "@/lib/providers/wisealpha/schemas";

import { emailsOf } from "./find-cases";

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** A case with its whole timeline and, for a WiseAlpha customer, the projected profile. */
export async function getCase(id: string) {
  const db = getDb();
  const found = await db.onboardingCase.findUnique({ where: { id }, include: { entries: { orderBy: { id: "asc" } } } });
  if (!found) return null;
  const emails = await emailsOf([found.assigneeId, found.decidedById]);
  let customer: WiseAlphaCustomer | null = null;
  let snapshotAt: Date | null = null;
  if (found.subjectType === "WISEALPHA_CUSTOMER") {
    const snapshot = await db.wiseAlphaCustomerSnapshot.findUnique({ where: { customerId: found.subjectRef } });
    const parsed = snapshot ? waCustomerSchema.safeParse(snapshot.profile) : null;
    customer = parsed?.success ? parsed.data : null;
    snapshotAt = snapshot?.sourceTime ?? null;
  }
  return {
    ...found,
    assigneeEmail: found.assigneeId ? (emails.get(found.assigneeId) ?? found.assigneeId) : null,
    decidedByEmail: found.decidedById ? (emails.get(found.decidedById) ?? found.decidedById) : null,
    customer,
    snapshotAt,
  };
}

export async function findCaseIdForSubject(subjectType: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION", subjectRef: string) {
  const found = await getDb().onboardingCase.findUnique({
    where: { subjectType_subjectRef: { subjectType, subjectRef } },
    select: { id: true },
  });
  return found?.id ?? null;
}

/** The case's status and its newest timeline entry: changes whenever anything happens to it. */
export async function getCaseVersion(id: string) {
  const db = getDb();
  const found = await db.onboardingCase.findUnique({ where: { id }, select: { status: true, updatedAt: true } });
  if (!found) return null;
  const last = await db.onboardingCaseEntry.findFirst({ where: { caseId: id }, orderBy: { id: "desc" }, select: { id: true } });
  return { version: `${found.status}:${found.updatedAt.getTime()}:${last?.id ?? 0}` };
}
