import type { AuditOutcome, Role } from "@/generated/prisma/enums";

import type { AuditAction } from "./audit-types";

/** Anything with the auditEntry delegate: the Prisma client or a transaction. */
type AuditDb = { auditEntry: { create(args: { data: Record<string, unknown> }): Promise<unknown> } };

export type AppendAuditOptions = {
  action: AuditAction;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorEmail?: string | null;
  actorRole?: Role | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  requestId?: string | null;
};

/**
 * Appends one audit entry with exactly what it is given. Web code uses
 * `writeAudit`, which adds the request's id and IP; the worker (no request) calls
 * this directly with a null actor for system actions. Pass the transaction that
 * makes the change so both commit together.
 */
export async function appendAudit(db: AuditDb, options: AppendAuditOptions): Promise<void> {
  await db.auditEntry.create({
    data: {
      action: options.action,
      outcome: options.outcome,
      actorId: options.actorId ?? null,
      actorEmail: options.actorEmail ?? null,
      actorRole: options.actorRole ?? null,
      targetType: options.targetType ?? null,
      targetId: options.targetId ?? null,
      details: (options.details ?? {}) as object,
      requestId: options.requestId ?? null,
      ip: options.ip ?? null,
    },
  });
}
