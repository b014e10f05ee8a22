import "server-only";

import { getDb } from "@/lib/db";
import { highRiskReasons } from "@/lib/onboarding/high-risk";

import { readWiseAlphaCustomer } from "./customer-snapshot";
import { emailsOf } from "./find-cases";

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** A case with its whole timeline and, for a WiseAlpha customer, the projected profile. */
export async function getCase(id: string) {
  const db = getDb();
  const found = await db.onboardingCase.findUnique({ where: { id }, include: { entries: { orderBy: { id: "asc" } } } });
  if (!found) return null;
  const emails = await emailsOf([found.assigneeId, found.decidedById]);
  const { customer, snapshotAt } =
    found.subjectType === "WISEALPHA_CUSTOMER" ? await readWiseAlphaCustomer(db, found.subjectRef) : { customer: null, snapshotAt: null };
  // Four eyes: an approval already asked of a second reviewer (the holder sees it waiting).
  const askedApproval = await db.changeRequest.findFirst({
    where: { kind: "onboarding_case.decide_high_risk", targetId: id, state: "PENDING", expiresAt: { gt: new Date() } },
    select: { id: true, requestedById: true, requestedAt: true },
  });
  return {
    ...found,
    askedApproval,
    highRiskReasons: highRiskReasons({ subjectType: found.subjectType, customer }),
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
