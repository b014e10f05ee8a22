import type { AuditOutcome, Role } from "@/generated/prisma/enums";

import type { RequestContext } from "@/lib/request-context";
import { withNulls } from "@/lib/db/with-nulls";

import { auditFieldsOf } from "./audit-context";
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
  /** Who acted and from where (lib/request-context.ts); fields given explicitly above win. */
  context?: RequestContext;
};

/**
 * Appends one audit entry with exactly what it is given: usually the request context
 * (web: the request's user, id and IP; worker: its own job context, null actor).
 * Pass the transaction that makes the change so both commit together.
 */
export async function appendAudit(db: AuditDb, { context, ...given }: AppendAuditOptions): Promise<void> {
  const options: Omit<AppendAuditOptions, "context"> = {
    ...(context && auditFieldsOf(context)),
    ...definedOnly(given),
    action: given.action,
    outcome: given.outcome,
  };
  await db.auditEntry.create({
    data: {
      ...withNulls(options, ["actorId", "actorEmail", "actorRole", "targetType", "targetId", "requestId", "ip"]),
      action: options.action,
      outcome: options.outcome,
      details: (options.details ?? {}) as object,
    },
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
