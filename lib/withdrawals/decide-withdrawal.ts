import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { appendAudit } from "@/lib/audit/append-audit";
import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import type { Tx } from "@/lib/db";
import { runDecision } from "@/lib/db/decision";
import { lockRowOrThrow } from "@/lib/db/lock-row";
import { getEnv } from "@/lib/env";
import { assertEligibleApprover, auditingRefusals } from "@/lib/four-eyes/eligibility";
import type { UserContext } from "@/lib/request-context";
import type { RejectWithdrawalInput } from "@/lib/validations/withdrawals";
import { requiredApprovals } from "@/lib/withdrawals/approval-policy";
import { recordTransition } from "@/lib/withdrawals/record-transition";
import { checkApproval, checkPrepare, checkReject } from "@/lib/withdrawals/state-machine";

/** Maker: STAFF or ADMIN prepares a request whose cash is available. */
export async function prepareWithdrawal(context: UserContext, withdrawalId: string) {
  const user = context.actor;
  return decide(async (tx) => {
    const request = await lockWithdrawal(tx, withdrawalId);
    checkPrepare(request.state, user, request.makerId);
    const approvals = requiredApprovals(
      getEnv().WITHDRAWAL_DUAL_APPROVAL_ABOVE,
      request.currency,
      request.amount?.toFixed() ?? null,
      request.isFull,
    );
    await tx.withdrawalRequest.update({
      where: { id: withdrawalId },
      data: { makerId: user.id, preparedAt: new Date(), requiredApprovals: approvals },
    });
    await appendAudit(tx, {
      context,
      action: "withdrawal.prepared",
      outcome: "SUCCESS",
      targetType: "withdrawal",
      targetId: withdrawalId,
      details: { requiredApprovals: approvals },
    });
  });
}

/**
 * Checker: an eligible ADMIN (lib/four-eyes/eligibility.ts: not the maker, not an
 * earlier approver, and not an account either of them created, promoted or reset
 * within the cooling-off window). The row lock serialises concurrent approvals, and
 * the (withdrawal, approver) unique key stops one admin counting twice, so twenty
 * simultaneous clicks approve it exactly once.
 */
export async function approveWithdrawal(context: UserContext, withdrawalId: string) {
  const user = context.actor;
  return auditingRefusals(user, () =>
    decide(async (tx) => {
      const request = await lockWithdrawal(tx, withdrawalId);
      const approverIds = (await tx.withdrawalApproval.findMany({ where: { withdrawalId }, select: { approverId: true } })).map(
        (a) => a.approverId,
      );
      await assertEligibleApprover(tx, user, {
        attempted: "approve:withdrawal",
        approvePermission: FOUR_EYES_POLICY["withdrawal.approve"].approve,
        // Earlier approvers count as askers too: with two approvals required, the second must be independent of the first.
        requesterIds: [request.makerId, ...approverIds.filter((id) => id !== user.id)],
        requesterMessage: "You prepared this withdrawal, so another admin must approve it (four-eyes rule).",
        target: { type: "withdrawal", id: withdrawalId },
      });
      const { completes } = checkApproval(
        { state: request.state, makerId: request.makerId, approverIds, requiredApprovals: request.requiredApprovals },
        user,
      );
      await tx.withdrawalApproval.create({ data: { withdrawalId, approverId: user.id } });
      await appendAudit(tx, {
        context,
        action: "withdrawal.approval_recorded",
        outcome: "SUCCESS",
        targetType: "withdrawal",
        targetId: withdrawalId,
        details: { approvals: approverIds.length + 1, required: request.requiredApprovals },
      });
      if (completes) await recordTransition(tx, withdrawalId, request.state, "APPROVED", { context });
      return { approved: completes };
    }),
  );
}

/** An admin rejects with a reason from the list and a comment; the provider is not called. */
export async function rejectWithdrawal(context: UserContext, input: RejectWithdrawalInput) {
  const user = context.actor;
  return decide(async (tx) => {
    const request = await lockWithdrawal(tx, input.withdrawalId);
    checkReject(request.state, user, request.makerId);
    await recordTransition(tx, request.id, request.state, "REJECTED", {
      context,
      reason: `${input.reason}: ${input.comment}`,
      data: { rejectReason: `${input.reason}: ${input.comment}` },
    });
  });
}

async function lockWithdrawal(tx: Tx, withdrawalId: string) {
  await lockRowOrThrow(tx, "WithdrawalRequest", withdrawalId, "That withdrawal does not exist.");
  return tx.withdrawalRequest.findUniqueOrThrow({ where: { id: withdrawalId } });
}

/** A second approval by the same admin hits the approvals' unique index: a refusal for them, not an error. */
const alreadyApproved = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"
    ? "You have already approved this withdrawal; it needs another admin."
    : null;
const decide = <T>(work: (tx: Tx) => Promise<T>) => runDecision(work, alreadyApproved);
