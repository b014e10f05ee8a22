import "server-only";

import { randomUUID } from "node:crypto";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isProviderError, PROVIDER_LABELS, type ProviderName } from "@/lib/providers/errors";
import { getRequestLogger } from "@/lib/request-context";

import type { AuditAction } from "./audit-types";
import { writeAudit } from "./write-audit";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * A write at a provider cannot share a transaction with our database, so it is audited
 * twice: the intent (ATTEMPTED: who, what, the values) is committed BEFORE the call, and
 * the outcome (SUCCESS or FAILURE) after it, linked by `writeId` in both rows' details
 * (the audit table is append-only, so the intent row is never updated). If the intent
 * cannot be written, the provider is never called; if anything fails after the provider
 * accepted, the intent row stays as the record and the user is told the change may
 * already have been applied, never to simply try again.
 */

export type ProviderWriteIntent = {
  actor: CurrentUser;
  provider: ProviderName;
  action: AuditAction;
  targetType: string;
  /** Null when the provider assigns the id (a create); the SUCCESS row then names it. */
  targetId: string | null;
  /** The values being written; kept in both rows. */
  details: Record<string, unknown>;
};

export type Settled<R> = {
  result: R;
  /** The target's id when the provider only assigns it now (a created record). */
  targetId?: string;
  /** Extra details for the SUCCESS row. */
  details?: Record<string, unknown>;
  /** Our own changes that follow the provider's; committed with the SUCCESS row. Returns more details. */
  apply?: (tx: Tx) => Promise<Record<string, unknown> | void>;
};

export function mayAlreadyBeAppliedMessage(provider: ProviderName, writeId: string): string {
  const name = PROVIDER_LABELS[provider];
  return (
    `${name} accepted the change, but recording it here failed, so it may already have been applied at ${name}. ` +
    `Do not repeat it: reload and check the current state first (reference ${writeId}).`
  );
}

/**
 * Runs `write` at the provider between an intent and an outcome audit row. `settle` runs
 * after a successful write (follow-up reads included) and says what to record.
 */
export async function auditedProviderWrite<W, R>(
  intent: ProviderWriteIntent,
  write: () => Promise<W>,
  settle: (written: W) => Promise<Settled<R>> | Settled<R>,
): Promise<R> {
  const writeId = randomUUID();
  const base = {
    ...actorOf(intent.actor),
    action: intent.action,
    targetType: intent.targetType,
    targetId: intent.targetId,
  };
  // Committed on its own (no transaction shared with anything that could roll it back).
  await writeAudit(getDb(), { ...base, outcome: "ATTEMPTED", details: { ...intent.details, writeId } });

  let written: W;
  try {
    written = await write();
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const uncertain = error.status === null || error.status >= 500 || error.code === "invalid_response";
    const failure = { code: error.code, status: error.status, message: error.userMessage, outcomeUnknown: uncertain };
    await writeAudit(getDb(), { ...base, outcome: "FAILURE", details: { ...intent.details, writeId, error: failure } }).catch(
      async (auditError: unknown) =>
        (await getRequestLogger()).error({ err: auditError, writeId }, "provider write failed and so did its FAILURE audit"),
    );
    throw new AppError("PROVIDER", error.userMessage);
  }

  try {
    const settled = await settle(written);
    await getDb().$transaction(async (tx) => {
      const more = (await settled.apply?.(tx)) ?? {};
      const targetId = settled.targetId ?? base.targetId;
      await writeAudit(tx, { ...base, targetId, outcome: "SUCCESS", details: { ...intent.details, ...settled.details, ...more, writeId } });
    });
    return settled.result;
  } catch (error) {
    (await getRequestLogger()).error(
      { err: error, writeId, action: intent.action, targetId: intent.targetId },
      "provider accepted a write but recording its outcome failed",
    );
    // Best effort: an outcome row that says so. The ATTEMPTED row is the record if this fails too.
    await writeAudit(getDb(), {
      ...base,
      outcome: "FAILURE",
      details: { ...intent.details, writeId, error: { code: "outcome_not_recorded", appliedAtProvider: true } },
    }).catch(() => undefined);
    throw new AppError("PROVIDER", mayAlreadyBeAppliedMessage(intent.provider, writeId));
  }
}
