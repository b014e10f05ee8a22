import "server-only";

import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertEligibleApprover, auditingRefusals } from "@/lib/four-eyes/eligibility";
import type { UserContext } from "@/lib/request-context";
import type { RejectDepositInput } from "@/lib/validations/deposits";

import { recordDepositTransition } from "./record-transition";
import { checkApprove, checkReject, DepositRuleError } from "./state-machine";

const REQUESTER_MESSAGE = "You recorded this deposit, so another admin must approve it (four-eyes rule).";

/**
 * Checker: an eligible admin (lib/four-eyes/eligibility.ts, the same rule as withdrawals: not the
 * person who recorded it, not an account they created, promoted or reset within the cooling-off
 * window). The row lock serialises concurrent approvals: twenty simultaneous clicks move it to
 * READY_TO_SEND once, and the other nineteen are told it is no longer awaiting approval.
 */
export async function approveDeposit(context: UserContext, depositId: string) {
  const user = context.actor;
  return auditingRefusals(user, () =>
    decide(async (tx) => {
      const deposit = await lockDeposit(tx, depositId);
      await assertEligibleApprover(tx, user, {
        attempted: "approve:deposit",
        approvePermission: FOUR_EYES_POLICY["deposit.approve"].approve,
        requesterIds: [deposit.recordedById],
        requesterMessage: REQUESTER_MESSAGE,
        target: { type: "deposit", id: depositId },
      });
      checkApprove(deposit, user);
      await recordDepositTransition(tx, depositId, deposit.state, "READY_TO_SEND", {
        context,
        data: { approvedById: user.id, approvedAt: new Date() },
      });
      return { approved: true };
    }),
  );
}

/** An eligible admin rejects with a reason; nothing is sent to InvestSuite. */
export async function rejectDeposit(context: UserContext, input: RejectDepositInput) {
  const user = context.actor;
  return auditingRefusals(user, () =>
    decide(async (tx) => {
      const deposit = await lockDeposit(tx, input.depositId);
      await assertEligibleApprover(tx, user, {
        attempted: "reject:deposit",
        approvePermission: FOUR_EYES_POLICY["deposit.approve"].approve,
        requesterIds: [deposit.recordedById],
        requesterMessage: "You recorded this deposit, so another admin must decide on it (four-eyes rule).",
        target: { type: "deposit", id: deposit.id },
      });
      checkReject(deposit, user);
      await recordDepositTransition(tx, deposit.id, deposit.state, "REJECTED", {
        context,
        reason: input.reason,
        data: { rejectReason: input.reason },
      });
      return { rejected: true };
    }),
  );
}

async function lockDeposit(tx: Tx, depositId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Deposit" WHERE id = ${depositId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That deposit does not exist.");
  return tx.deposit.findUniqueOrThrow({ where: { id: depositId } });
}

/** Runs a decision in one transaction; a broken rule becomes a message for the person. */
async function decide<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await getDb().$transaction(work);
  } catch (error) {
    if (error instanceof DepositRuleError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
}
