import type { Prisma } from "@/generated/prisma/client";
import type { WithdrawalState } from "@/generated/prisma/enums";
import { appendAudit } from "@/lib/audit/append-audit";
import type { AuditAction } from "@/lib/audit/audit-types";
import { notifyWithdrawalMaker } from "@/lib/notifications/notify-causes";
import type { Tx } from "@/lib/db";
import type { RequestContext } from "@/lib/request-context";

import { assertTransition } from "./state-machine";

const AUDIT_ACTION: Partial<Record<WithdrawalState, AuditAction>> = {
  REQUESTED: "withdrawal.requested",
  CASH_AVAILABLE: "withdrawal.cash_available",
  CANCELLED: "withdrawal.cancelled",
  APPROVED: "withdrawal.approved",
  REJECTED: "withdrawal.rejected",
  EXECUTING: "withdrawal.executing",
  EXECUTED: "withdrawal.executed",
  FAILED: "withdrawal.failed",
};

export type TransitionMeta = {
  /** Who moved it and from where: the web request's context or the worker's job context; none = the system. */
  context?: RequestContext;
  reason?: string | null;
  eventId?: bigint | null;
  details?: Record<string, unknown>;
  data?: Prisma.WithdrawalRequestUpdateInput;
};

/**
 * Moves a withdrawal to `to` (checked by the state machine) and writes its history
 * row and audit entry in the caller's transaction, so the three never disagree.
 * `from: null` records the creation.
 */
export async function recordTransition(
  tx: Tx,
  withdrawalId: string,
  from: WithdrawalState | null,
  to: WithdrawalState,
  meta: TransitionMeta = {},
) {
  if (from !== null) {
    assertTransition(from, to);
    await tx.withdrawalRequest.update({ where: { id: withdrawalId }, data: { ...meta.data, state: to } });
  }
  await tx.withdrawalTransition.create({
    data: {
      withdrawalId,
      fromState: from,
      toState: to,
      actorId: meta.context?.actor?.id ?? null,
      reason: meta.reason ?? null,
      eventId: meta.eventId ?? null,
      details: (meta.details ?? {}) as object,
    },
  });
  // The maker hears of the outcome in the same transaction (approved, rejected, executed, failed).
  if (from !== null) await notifyWithdrawalMaker(tx, withdrawalId, to, meta.context?.actor?.id ?? null, meta.reason);
  const action = AUDIT_ACTION[to];
  if (action) {
    await appendAudit(tx, {
      action,
      outcome: "SUCCESS",
      context: meta.context,
      targetType: "withdrawal",
      targetId: withdrawalId,
      details: { from, to, reason: meta.reason ?? undefined, eventId: meta.eventId?.toString(), ...meta.details },
    });
  }
}
