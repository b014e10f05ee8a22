import "server-only";

import type { OnboardingCase } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { runDecision } from "@/lib/db/decision";
import { AppError } from "@/lib/errors";
import { fileChange, type Filed } from "@/lib/four-eyes/change-requests";
import { caseActionReasons, check } from "@/lib/onboarding/case-rules";
import { appendEntry, changeStatus, lockCase } from "@/lib/onboarding/case-timeline";
import { highRiskReasons } from "@/lib/onboarding/high-risk";
import type { PayloadOf } from "@/lib/validations/four-eyes";
import type { DecideCaseInput } from "@/lib/validations/onboarding";

import { applyDecision, auditCase, entryActor } from "./case-decision";
import { readWiseAlphaCustomer } from "./customer-snapshot";
import { findNextCase } from "./find-cases";

/** The reviewer takes an unassigned case; a new case moves into review. */
export async function claimCase(user: CurrentUser, caseId: string) {
  return inCase(caseId, async (tx, c) => {
    check(caseActionReasons(c, user.id).claim);
    await tx.onboardingCase.update({ where: { id: caseId }, data: { assigneeId: user.id } });
    await appendEntry(tx, caseId, { kind: "CLAIMED", summary: `Claimed by ${user.email}`, actor: entryActor(user) });
    if (c.status === "NEW") await changeStatus(tx, caseId, "NEW", "IN_REVIEW", { actor: entryActor(user) });
    await auditCase(tx, user, "onboarding_case.claimed", caseId, {});
  });
}

export async function releaseCase(user: CurrentUser, caseId: string) {
  return inCase(caseId, async (tx, c) => {
    check(caseActionReasons(c, user.id).release);
    await tx.onboardingCase.update({ where: { id: caseId }, data: { assigneeId: null } });
    await appendEntry(tx, caseId, { kind: "RELEASED", summary: `Released by ${user.email}`, actor: entryActor(user) });
    if (c.status === "IN_REVIEW") await changeStatus(tx, caseId, "IN_REVIEW", "NEW", { actor: entryActor(user) });
    await auditCase(tx, user, "onboarding_case.released", caseId, {});
  });
}

/** Internal notes are ours only (never sent to the provider); any reviewer may add one, decided or not. */
export async function addCaseNote(user: CurrentUser, caseId: string, note: string) {
  return inCase(caseId, async (tx) => {
    await appendEntry(tx, caseId, { kind: "NOTE", summary: `Note by ${user.email}`, actor: entryActor(user), body: note });
    await auditCase(tx, user, "onboarding_case.note_added", caseId, { length: note.length });
  });
}

/**
 * Approve or reject: only the holder; approval also needs the provider's readiness.
 * Approving a high-risk case (lib/onboarding/high-risk.ts) only asks a second reviewer
 * (four eyes, change request `onboarding_case.decide_high_risk`): the case stays in
 * review until they approve on /approvals. Rejecting stays direct: refusing is safe.
 * Returns the next case to work, or the filed request.
 */
export async function decideCase(user: CurrentUser, input: DecideCaseInput): Promise<Decided | Filed> {
  const filed = await inCase(input.caseId, async (tx, c) => {
    const reasons = caseActionReasons(c, user.id);
    check(input.decision === "APPROVE" ? reasons.approve : reasons.reject);
    if (input.decision === "APPROVE") {
      const { customer } = c.subjectType === "WISEALPHA_CUSTOMER" ? await readWiseAlphaCustomer(tx, c.subjectRef) : { customer: null };
      const risks = highRiskReasons({ subjectType: c.subjectType, customer }, input.reason);
      if (risks.length > 0) return askSecondReviewer(tx, user, c, input, risks);
    }
    await applyDecision(tx, c, { actor: user, decidedBy: user, decision: input.decision, reason: input.reason, comment: input.comment });
    return null;
  });
  if (filed) return filed;
  return { status: "decided", nextCaseId: await findNextCase(user, input.caseId) };
}

type Decided = { status: "decided"; nextCaseId: string | null };

/** The payload's bounds, by code point (a provider's name or status must not make the request unfileable). */
const cut = (text: string, max: number) => Array.from(text).slice(0, max).join("");

async function askSecondReviewer(tx: Tx, user: CurrentUser, c: OnboardingCase, input: DecideCaseInput, risks: string[]) {
  const filed = await fileChange(tx, user, "onboarding_case.decide_high_risk", {
    caseId: c.id,
    subject: cut(`${c.displayName ?? c.subjectRef} (${c.subjectRef})`, 300),
    reason: input.reason as PayloadOf<"onboarding_case.decide_high_risk">["reason"],
    comment: input.comment,
    risks: risks.map((r) => cut(r, 300)),
  });
  await appendEntry(tx, c.id, {
    kind: "DECISION",
    summary: "Approval asked of a second reviewer",
    actor: entryActor(user),
    body: [input.comment ? `${input.reason}: ${input.comment}` : input.reason, ...risks].join("\n"),
    details: { decision: input.decision, reason: input.reason, comment: input.comment, risks, changeRequestId: filed.changeRequestId },
  });
  return filed;
}

/** One transaction holding the case's row lock; rule breaks become messages for the user. */
async function inCase<T>(caseId: string, work: (tx: Tx, c: NonNullable<Awaited<ReturnType<typeof lockCase>>>) => Promise<T>): Promise<T> {
  return runDecision(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) throw new AppError("NOT_FOUND", "That case does not exist.");
    return work(tx, c);
  });
}
