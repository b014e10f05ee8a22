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
  const request = await getRequestContext();
  await appendAudit(db, { ...options, ip: options.ip ?? request.ip, requestId: request.requestId });
}
