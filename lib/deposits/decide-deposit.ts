import "server-only";

import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import type { Tx } from "@/lib/db";
import { runDecision } from "@/lib/db/decision";
import { lockRowOrThrow } from "@/lib/db/lock-row";
import { assertEligibleApprover, auditingRefusals } from "@/lib/four-eyes/eligibility";
import type { UserContext } from "@/lib/request-context";
import type { RejectDepositInput } from "@/lib/validations/deposits";

import { recordDepositTransition } from "./record-transition";
import { checkApprove, checkReject } from "./state-machine";

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
    runDecision(async (tx) => {
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
    runDecision(async (tx) => {
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
  await lockRowOrThrow(tx, "Deposit", depositId, "That deposit does not exist.");
  return tx.deposit.findUniqueOrThrow({ where: { id: depositId } });
}
