import "server-only";

import type { AuditOutcome } from "@/generated/prisma/enums";
import type { getDb, Tx } from "@/lib/db";
import { getRequestContext, type Actor } from "@/lib/request-context";

import { appendAudit, type AppendAuditOptions } from "./append-audit";
import { actorOf } from "./audit-context";
import type { AuditAction } from "./audit-types";

export type WriteAuditOptions = Omit<AppendAuditOptions, "requestId">;

/**
 * Appends one audit entry from web code: request id and IP come from the current
 * request. Pass the transaction that makes the change so the entry and the change
 * commit together (or not at all).
 */
export async function writeAudit(db: Tx | ReturnType<typeof getDb>, options: WriteAuditOptions): Promise<void> {
  // A context built once for the request already holds its id and IP; read the headers only without one.
  const context = options.context ?? (await getRequestContext());
  await appendAudit(db, { ...options, context });
}

/**
 * The usual entry of a change a person made: `actor` did `action` to `target` (SUCCESS unless
 * `outcome` says otherwise), with `details`; request id and IP as writeAudit fills them.
 */
export async function auditAs(
  db: Tx | ReturnType<typeof getDb>,
  actor: Actor,
  action: AuditAction,
  target: { type: string; id: string | null } | null,
  details?: Record<string, unknown>,
  outcome: AuditOutcome = "SUCCESS",
): Promise<void> {
  await writeAudit(db, { ...actorOf(actor), action, outcome, targetType: target?.type, targetId: target?.id, details });
}
