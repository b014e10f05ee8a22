import type { Prisma } from "@/generated/prisma/client";
import type { WithdrawalState } from "@/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/audit-types";
import { auditMoves, transitionColumns, type MoveMeta } from "@/lib/audit/transition-entries";
import { insertRows } from "@/lib/db/insert-rows";
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
  if (from !== null && meta.data) {
    assertTransition(from, to);
    await tx.withdrawalRequest.update({ where: { id }, data: { ...meta.data, state: to } });
  }
  await recordTransitions(tx, [{ id, from, to, meta, stateWritten: meta.data !== undefined }]);
}

export type WithdrawalMove = {
  id: string;
  from: WithdrawalState | null;
  to: WithdrawalState;
  meta: Omit<TransitionMeta, "data">;
  stateWritten?: boolean;
};

/**
 * recordTransition for many moves without other changes to their rows, set-based (the event
 * batch's handlers): one UPDATE per target state, one INSERT for the history, one for the audit.
 */
export async function recordTransitions(tx: Tx, moves: WithdrawalMove[]) {
  if (moves.length === 0) return;
  await moveStates(
    tx,
    moves.filter((m) => !m.stateWritten),
  );
  const createdAt = new Date();
  await insertRows(
    tx,
    "WithdrawalTransition",
    {
      withdrawalId: "text",
      fromState: '"WithdrawalState"',
      toState: '"WithdrawalState"',
      actorId: "text",
      reason: "text",
      eventId: "bigint",
      details: "jsonb",
      createdAt: "timestamp(3)",
    },
    moves.map(({ id, from, to, meta }) => ({
      withdrawalId: id,
      ...transitionColumns(from, to, meta),
      eventId: meta.eventId ?? null,
      createdAt,
    })),
  );
  // The maker hears of the outcome in the same transaction (approved, rejected, executed, failed).
  for (const { id, from, to, meta } of moves) {
    if (from !== null) await notifyWithdrawalMaker(tx, id, to, meta.context?.actor?.id ?? null, meta.reason);
  }
  await auditMoves(
    tx,
    moves.flatMap(({ id, from, to, meta }) => {
      const action = AUDIT_ACTION[to];
      return action
        ? [{ action, target: { type: "withdrawal", id }, move: { from, to }, meta, extra: { eventId: meta.eventId?.toString() } }]
        : [];
    }),
  );
}

/**
 * The state half of recordTransitions (checked by the state machine; one UPDATE per target state),
 * for a caller that must move rows before it writes others (a superseded request is cancelled
 * before its successor exists: one open request per portfolio); it then passes `stateWritten`.
 */
export async function moveStates(tx: Tx, moves: Pick<WithdrawalMove, "id" | "from" | "to">[]) {
  const byTarget = new Map<WithdrawalState, string[]>();
  for (const { id, from, to } of moves) {
    if (from === null) continue;
    assertTransition(from, to);
    byTarget.set(to, [...(byTarget.get(to) ?? []), id]);
  }
  for (const [to, ids] of byTarget) await tx.withdrawalRequest.updateMany({ where: { id: { in: ids } }, data: { state: to } });
}
