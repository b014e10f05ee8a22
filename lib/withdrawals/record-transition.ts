import type { Prisma } from "@/generated/prisma/client";
import type { WithdrawalState } from "@/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/audit-types";
import { auditMove, transitionColumns, type MoveMeta } from "@/lib/audit/transition-entries";
import { notifyWithdrawalMaker } from "@/lib/notifications/notify-causes";
import type { Tx } from "@/lib/db";

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

/**
 * Who moved it and from where (the web request's context or the worker's job context; none =
 * the system), why, the provider event behind it, and the row's other changes.
 */
export type TransitionMeta = MoveMeta & { eventId?: bigint | null; data?: Prisma.WithdrawalRequestUpdateInput };

/**
 * Moves a withdrawal to `to` (checked by the state machine) and writes its history
 * row and audit entry in the caller's transaction, so the three never disagree.
 * `from: null` records the creation.
 */
export async function recordTransition(tx: Tx, id: string, from: WithdrawalState | null, to: WithdrawalState, meta: TransitionMeta = {}) {
  if (from !== null) {
    assertTransition(from, to);
    await tx.withdrawalRequest.update({ where: { id }, data: { ...meta.data, state: to } });
  }
  await tx.withdrawalTransition.create({ data: { withdrawalId: id, ...transitionColumns(from, to, meta), eventId: meta.eventId ?? null } });
  // The maker hears of the outcome in the same transaction (approved, rejected, executed, failed).
  if (from !== null) await notifyWithdrawalMaker(tx, id, to, meta.context?.actor?.id ?? null, meta.reason);
  const action = AUDIT_ACTION[to];
  if (action) await auditMove(tx, action, { type: "withdrawal", id }, { from, to }, meta, { eventId: meta.eventId?.toString() });
}
