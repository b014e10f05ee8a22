import type { AuditOutcome, Role } from "@/generated/prisma/enums";

import type { RequestContext } from "@/lib/request-context";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";
import { insertRows } from "@/lib/db/insert-rows";
import { withNulls } from "@/lib/db/with-nulls";

import { auditFieldsOf } from "./audit-context";
import type { AuditAction } from "./audit-types";

/** Anything with the auditEntry delegate: the Prisma client or a transaction. */
type AuditDb = Pick<Tx, "$executeRawUnsafe">;

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
export async function appendAudit(db: AuditDb, options: AppendAuditOptions): Promise<void> {
  await appendAudits(db, [options]);
}

/** Many audit entries in one statement (the event batch's set-based handlers); each as appendAudit writes it. */
export async function appendAudits(db: AuditDb, entries: AppendAuditOptions[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    db,
    "AuditEntry",
    {
      createdAt: "timestamp(3)",
      actorId: "text",
      actorEmail: "text",
      actorRole: '"Role"',
      action: "text",
      targetType: "text",
      targetId: "text",
      details: "jsonb",
      outcome: '"AuditOutcome"',
      requestId: "text",
      ip: "text",
    },
    entries.map((entry) => ({ ...auditRow(entry), createdAt })),
  );
}

function auditRow({ context, ...given }: AppendAuditOptions): Prisma.AuditEntryCreateManyInput {
  const options: Omit<AppendAuditOptions, "context"> = {
    ...(context && auditFieldsOf(context)),
    ...definedOnly(given),
    action: given.action,
    outcome: given.outcome,
  };
  return {
    ...withNulls(options, ["actorId", "actorEmail", "actorRole", "targetType", "targetId", "requestId", "ip"]),
    action: options.action,
    outcome: options.outcome,
    details: (options.details ?? {}) as Prisma.InputJsonValue,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
