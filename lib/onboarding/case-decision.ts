import "server-only";

import type { OnboardingCase } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Closed, ExecutionContext } from "@/lib/four-eyes/kinds";
import { changedSinceApprovalAsked } from "@/lib/onboarding/case-rules";
import { appendEntry, changeStatus, lockCase, type EntryActor } from "@/lib/onboarding/case-timeline";
import type { PayloadOf } from "@/lib/validations/four-eyes";
import type { DecideCaseInput } from "@/lib/validations/onboarding";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * Applying a case decision, shared by the holder's direct decision (case-actions.ts) and
 * the second reviewer's approval of a high-risk one (the change request's executor), so
 * both write the same timeline entries, decision fields and audit entry.
 */

export const entryActor = (user: { id: string; email: string }): NonNullable<EntryActor> => ({ id: user.id, email: user.email });

export async function auditCase(
  tx: Tx,
  user: CurrentUser,
  action: Parameters<typeof writeAudit>[1]["action"],
  caseId: string,
  details: Record<string, unknown>,
) {
  await writeAudit(tx, {
    ...actorOf(user),
    action,
    outcome: "SUCCESS",
    targetType: "onboarding_case",
    targetId: caseId,
    details,
  });
}

type Decision = Pick<DecideCaseInput, "decision" | "reason" | "comment"> & {
  /** Who acts now (the audit entry's actor, with this request's id and IP). */
  actor: CurrentUser;
  /** Whose decision it is: the holder. */
  decidedBy: { id: string; email: string };
  /** Four eyes: the second reviewer who approved it, and the change request that carried it. */
  secondApproval?: { by: { id: string; email: string }; changeRequestId: string };
};

/** Call with the case's row lock held (lockCase) and its rules checked. */
export async function applyDecision(tx: Tx, c: OnboardingCase, d: Decision) {
  const to = d.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  const text = d.comment ? `${d.reason}: ${d.comment}` : d.reason;
  const second = d.secondApproval;
  const names = { decidedById: d.decidedBy.id, ...(second && { secondApproverId: second.by.id, changeRequestId: second.changeRequestId }) };
  await appendEntry(tx, c.id, {
    kind: "DECISION",
    summary: `${to === "APPROVED" ? "Approved" : "Rejected"} by ${d.decidedBy.email}${second ? `, second approval by ${second.by.email}` : ""}`,
    actor: entryActor(d.actor),
    body: text,
    details: { decision: d.decision, reason: d.reason, comment: d.comment, ...names },
  });
  await changeStatus(tx, c.id, c.status, to, {
    actor: entryActor(d.actor),
    reason: text,
    data: {
      decisionReason: d.reason,
      decisionComment: d.comment || null,
      decidedById: d.decidedBy.id,
      decidedAt: new Date(),
      waitingReason: null,
    },
  });
  await auditCase(tx, d.actor, to === "APPROVED" ? "onboarding_case.approved" : "onboarding_case.rejected", c.id, {
    subjectType: c.subjectType,
    subjectRef: c.subjectRef,
    reason: d.reason,
    comment: d.comment,
    ...names,
  });
}

/**
 * Executor of `onboarding_case.decide_high_risk`, inside the approval's transaction: the
 * holder's approval is applied only if the case is as it was when they asked (still in
 * review, undecided, theirs, the provider still ready); otherwise the request fails with why.
 */
export async function applyApprovedHighRisk(tx: Tx, ctx: ExecutionContext, p: PayloadOf<"onboarding_case.decide_high_risk">) {
  const c = await lockCase(tx, p.caseId);
  if (!c) throw new AppError("NOT_FOUND", "That case no longer exists.");
  const changed = changedSinceApprovalAsked(c, ctx.requestedById);
  if (changed) throw new AppError("CONFLICT", `The case changed since approval was asked: ${changed} Nothing was decided.`);
  const holder = await tx.user.findUniqueOrThrow({ where: { id: ctx.requestedById }, select: { id: true, email: true } });
  await applyDecision(tx, c, {
    actor: ctx.approver,
    decidedBy: holder,
    secondApproval: { by: ctx.approver, changeRequestId: ctx.changeRequestId },
    decision: "APPROVE",
    reason: p.reason,
    comment: p.comment,
  });
  return { caseId: c.id, status: "APPROVED" };
}

const CLOSED_SUMMARY: Record<Closed["state"], (by: string | null) => string> = {
  REJECTED: (by) => `Second approval refused by ${by}; the case is still in review`,
  CANCELLED: (by) => `Request for a second approval withdrawn by ${by}`,
  EXPIRED: () => "Request for a second approval expired unanswered",
};

/**
 * A high-risk approval that will not happen (refused, withdrawn or expired) is said on the
 * case's timeline too, in the same transaction as the request's end: the holder sees why the
 * case is no longer waiting and may decide again.
 */
export async function recordHighRiskClosed(tx: Tx, closed: Closed, caseId: string) {
  await appendEntry(tx, caseId, {
    kind: "DECISION",
    summary: CLOSED_SUMMARY[closed.state](closed.by?.email ?? null),
    actor: closed.by ? entryActor(closed.by) : null,
    body: closed.reason,
    details: { changeRequestId: closed.changeRequestId, state: closed.state },
  });
}
