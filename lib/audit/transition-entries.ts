import type { RequestContext } from "@/lib/request-context";

import { appendAudits } from "./append-audit";
import type { AuditAction } from "./audit-types";

/** What a state machine's move carries, whatever it moves (a deposit, a withdrawal). */
export type MoveMeta = { context?: RequestContext; reason?: string | null; details?: Record<string, unknown> };

/** The timeline row's columns every move has: the states, who moved it (none = the system), why, and what else it said. */
export function transitionColumns<S extends string>(from: S | null, to: S, meta: MoveMeta) {
  return {
    fromState: from,
    toState: to,
    actorId: meta.context?.actor?.id ?? null,
    reason: meta.reason ?? null,
    details: (meta.details ?? {}) as object,
  };
}

type AuditedMove<S extends string> = {
  action: AuditAction;
  target: { type: string; id: string };
  move: { from: S | null; to: S };
  meta: MoveMeta;
  extra?: Record<string, unknown>;
};

/** A move's audit entry on `target`: from, to, the reason and `extra`, then the move's own details. */
export async function auditMove<S extends string>(
  tx: Parameters<typeof appendAudits>[0],
  action: AuditAction,
  target: { type: string; id: string },
  move: { from: S | null; to: S },
  meta: MoveMeta,
  extra: Record<string, unknown> = {},
) {
  await auditMoves(tx, [{ action, target, move, meta, extra }]);
}

/** auditMove for many moves in one statement. */
export async function auditMoves<S extends string>(tx: Parameters<typeof appendAudits>[0], moves: AuditedMove<S>[]) {
  await appendAudits(
    tx,
    moves.map(({ action, target, move, meta, extra = {} }) => ({
      action,
      outcome: "SUCCESS" as const,
      context: meta.context,
      targetType: target.type,
      targetId: target.id,
      details: { from: move.from, to: move.to, reason: meta.reason ?? undefined, ...extra, ...meta.details },
    })),
  );
}
