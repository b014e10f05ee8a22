import "server-only";

import type { AuditOutcome, Role } from "@/generated/prisma/enums";
import type { getDb, Tx } from "@/lib/db";
import { getRequestContext } from "@/lib/request-context";

import type { AuditAction } from "./audit-types";

export type WriteAuditOptions = {
  action: AuditAction;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorEmail?: string | null;
  actorRole?: Role | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Appends one audit entry. Pass the transaction that makes the change so the entry
 * and the change commit together (or not at all). Request id and IP come from the
 * current request when there is one.
 */
export async function writeAudit(db: Tx | ReturnType<typeof getDb>, options: WriteAuditOptions): Promise<void> {
  const request = await getRequestContext();
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
      requestId: request.requestId,
      ip: options.ip ?? request.ip,
    },
  });
}
