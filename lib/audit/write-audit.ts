import "server-only";

import type { getDb, Tx } from "@/lib/db";
import { getRequestContext } from "@/lib/request-context";

import { appendAudit, type AppendAuditOptions } from "./append-audit";

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
