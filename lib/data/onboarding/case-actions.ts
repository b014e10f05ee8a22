import "server-only";

import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { caseActionReasons, CaseRuleError, check } from "@/lib/onboarding/case-rules";
import { appendEntry, changeStatus, lockCase } from "@/lib/onboarding/case-timeline";
import type { DecideCaseInput } from "@/lib/validations/onboarding";

import { findNextCase } from "./find-cases";

const actorOf = (user: CurrentUser) => ({ actorId: user.id, actorEmail: user.email, actorRole: user.role });
const entryActor = (user: CurrentUser) => ({ id: user.id, email: user.email });

/** The reviewer takes an unassigned case; a new case moves into review. */
export async function claimCase(user: CurrentUser, caseId: string) {
  return inCase(caseId, async (tx, c) => {
    check(caseActionReasons(c, user.id).claim);
    await tx.onboardingCase.update({ where: { id: caseId }, data: { assigneeId: user.id } });
    await appendEntry(tx, caseId, { kind: "CLAIMED", summary: `Claimed by ${user.email}`, actor: entryActor(user) });
    if (c.status === "NEW") await changeStatus(tx, caseId, "NEW", "IN_REVIEW", { actor: entryActor(user) });
    await audit(tx, user, "onboarding_case.claimed", caseId, {});
  });
}

export async function releaseCase(user: CurrentUser, caseId: string) {
  return inCase(caseId, async (tx, c) => {
    check(caseActionReasons(c, user.id).release);
    await tx.onboardingCase.update({ where: { id: caseId }, data: { assigneeId: null } });
    await appendEntry(tx, caseId, { kind: "RELEASED", summary: `Released by ${user.email}`, actor: entryActor(user) });
    if (c.status === "IN_REVIEW") await changeStatus(tx, caseId, "IN_REVIEW", "NEW", { actor: entryActor(user) });
    await audit(tx, user, "onboarding_case.released", caseId, {});
  });
}

/** Internal notes are ours only (never sent to the provider); any reviewer may add one, decided or not. */
export async function addCaseNote(user: CurrentUser, caseId: string, note: string) {
  return inCase(caseId, async (tx) => {
    await appendEntry(tx, caseId, { kind: "NOTE", summary: `Note by ${user.email}`, actor: entryActor(user), body: note });
    await audit(tx, user, "onboarding_case.note_added", caseId, { length: note.length });
  });
}

/** Approve or reject: only the holder; approval also needs the provider's readiness. Returns the next case to work. */
export async function decideCase(user: CurrentUser, input: DecideCaseInput) {
  await inCase(input.caseId, async (tx, c) => {
    const reasons = caseActionReasons(c, user.id);
    check(input.decision === "APPROVE" ? reasons.approve : reasons.reject);
    const to = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const text = input.comment ? `${input.reason}: ${input.comment}` : input.reason;
    await appendEntry(tx, c.id, {
      kind: "DECISION",
      summary: `${to === "APPROVED" ? "Approved" : "Rejected"} by ${user.email}`,
      actor: entryActor(user),
      body: text,
      details: { decision: input.decision, reason: input.reason, comment: input.comment },
    });
    await changeStatus(tx, c.id, c.status, to, {
      actor: entryActor(user),
      reason: text,
      data: {
        decisionReason: input.reason,
        decisionComment: input.comment || null,
        decidedById: user.id,
        decidedAt: new Date(),
        waitingReason: null,
      },
    });
    await audit(tx, user, to === "APPROVED" ? "onboarding_case.approved" : "onboarding_case.rejected", c.id, {
      subjectType: c.subjectType,
      subjectRef: c.subjectRef,
      reason: input.reason,
      comment: input.comment,
    });
  });
  return { nextCaseId: await findNextCase(user, input.caseId) };
}

async function audit(
  tx: Tx,
  user: CurrentUser,
  action: Parameters<typeof writeAudit>[1]["action"],
  caseId: string,
  details: Record<string, unknown>,
) {
  await writeAudit(tx, { ...actorOf(user), action, outcome: "SUCCESS", targetType: "onboarding_case", targetId: caseId, details });
}

/** One transaction holding the case's row lock; rule breaks become messages for the user. */
async function inCase<T>(caseId: string, work: (tx: Tx, c: NonNullable<Awaited<ReturnType<typeof lockCase>>>) => Promise<T>): Promise<T> {
  try {
    return await getDb().$transaction(async (tx) => {
      const c = await lockCase(tx, caseId);
      if (!c) throw new AppError("NOT_FOUND", "That case does not exist.");
      return work(tx, c);
    });
  } catch (error) {
    if (error instanceof CaseRuleError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
}
