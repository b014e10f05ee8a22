import type { Prisma } from "@/generated/prisma/client";
import type { DepositState } from "@/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/audit-types";
import { auditMove, transitionColumns, type MoveMeta } from "@/lib/audit/transition-entries";
import type { Tx } from "@/lib/db/create-client";

import { assertTransition } from "./state-machine";

const AUDIT_ACTION: Record<DepositState, AuditAction> = {
  RECORDED: "deposit.recorded",
  AWAITING_APPROVAL: "deposit.awaiting_approval",
  READY_TO_SEND: "deposit.ready_to_send",
  SENDING: "deposit.sending",
  SENT: "deposit.sent",
  FAILED: "deposit.failed",
  REJECTED: "deposit.rejected",
};

/** Who moved it and from where (the web request's context or the worker's job context), why, and the row's other changes. */
export type DepositTransitionMeta = MoveMeta & { data?: Prisma.DepositUpdateInput };

/**
 * Moves a deposit to `to` (checked by the state machine) and writes its timeline row and
 * audit entry in the caller's transaction, so the three never disagree. `from: null`
 * records the creation (the row was just inserted in that state).
 */
export async function recordDepositTransition(
  tx: Tx,
  id: string,
  from: DepositState | null,
  to: DepositState,
  meta: DepositTransitionMeta = {},
) {
  if (from !== null) {
    assertTransition(from, to);
    await tx.deposit.update({ where: { id }, data: { ...meta.data, state: to } });
  }
  await tx.depositTransition.create({ data: { depositId: id, ...transitionColumns(from, to, meta) } });
  // An approval is the move out of AWAITING_APPROVAL; without four eyes the same state is reached by itself.
  const action = from === "AWAITING_APPROVAL" && to === "READY_TO_SEND" ? "deposit.approved" : AUDIT_ACTION[to];
  await auditMove(tx, action, { type: "deposit", id }, { from, to }, meta);
}
