import "server-only";

import { createHash, randomUUID } from "node:crypto";

import type { CashlinkWrite } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-types";
import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cashlinkErrorMessages } from "@/lib/providers/cashlink/transform";
import { isProviderError, withUserMessage, type ProviderError } from "@/lib/providers/errors";

/**
 * Every back-office write at Cashlink (issue #17) runs through here:
 *   1. our row first (`CashlinkWrite`), found again by `dedupeKey` on a double submit or a retry,
 *      so the X-Idempotency-Key (`bo-cashlink-<kind>-<row id>`) is derived from our record;
 *   2. `auditedProviderWrite`: the intent (ATTEMPTED) is committed before the call and the outcome
 *      after it, with the row's new state in the SUCCESS transaction;
 *   3. a definite refusal (4xx) frees the dedupe key, since Cashlink stores only 2xx answers under a
 *      key; no clear answer (timeout, 5xx) keeps it, so the next attempt sends the same key and body.
 */

export const CASHLINK_WRITE_KINDS = [
  "INVITATION_CREATE",
  "SELF_DISCLOSURE",
  "SURVEY",
  "SURVEY_WAIVER",
  "INVESTOR_CREATE",
  "INVESTOR_IDENTIFY",
  "WALLET_CREATE",
  "INVESTMENT_ACCEPT",
  "INVESTMENT_PAID",
] as const;
export type CashlinkWriteKind = (typeof CASHLINK_WRITE_KINDS)[number];

export const cashlinkWriteKey = (kind: CashlinkWriteKind, rowId: string) => `bo-cashlink-${kind.toLowerCase().replace(/_/g, "-")}-${rowId}`;

export type CashlinkWriteSpec<W, R> = {
  kind: CashlinkWriteKind;
  /** What makes two submissions the same intent: a form's submission id, or the investment for a once-only move. */
  dedupe: string;
  subjectId: string | null;
  /** The body as sent (hashed, never stored: an investor's body is personal data). */
  body: unknown;
  audit: { action: AuditAction; targetType: string; targetId: string | null; details: Record<string, unknown> };
  send: (idempotencyKey: string) => Promise<W>;
  /** What to return and which id Cashlink gave; `apply` runs in the SUCCESS transaction. */
  settle: (written: W) => { result: R; resultId: string | null; targetId?: string; apply?: (tx: Tx) => Promise<void> };
};

export type CashlinkWriteOutcome<R> = { result: R; replayed: false } | { result: null; replayed: true; resultId: string | null };

export async function runCashlinkWrite<W, R>(actor: CurrentUser, spec: CashlinkWriteSpec<W, R>): Promise<CashlinkWriteOutcome<R>> {
  const bodyHash = hashBody(spec.body);
  const row = await openRow(actor, spec, bodyHash);
  // Ours already went through (a second click, or another person's bulk run): nothing to send again.
  if (row.state === "DONE") return { result: null, replayed: true, resultId: row.resultId };
  if (row.bodyHash !== bodyHash) {
    throw new AppError(
      "CONFLICT",
      "An earlier attempt with other values got no clear answer from Cashlink and may have been applied. Check the record at Cashlink, or repeat it with the same values.",
    );
  }

  const result = await auditedProviderWrite(
    {
      actor,
      provider: "cashlink",
      action: spec.audit.action,
      targetType: spec.audit.targetType,
      targetId: spec.audit.targetId,
      details: { ...spec.audit.details, cashlinkWriteId: row.id, idempotencyKey: row.idempotencyKey },
    },
    async () => {
      try {
        return await spec.send(row.idempotencyKey);
      } catch (error) {
        if (isProviderError(error)) throw await recordFailure(row, error);
        throw error;
      }
    },
    (written) => {
      const settled = spec.settle(written);
      return {
        result: settled.result,
        targetId: settled.targetId,
        details: { resultId: settled.resultId },
        apply: async (tx: Tx) => {
          await tx.cashlinkWrite.update({ where: { id: row.id }, data: { state: "DONE", resultId: settled.resultId, lastError: null } });
          await settled.apply?.(tx);
        },
      };
    },
  );
  return { result, replayed: false };
}

async function openRow(
  actor: CurrentUser,
  spec: Pick<CashlinkWriteSpec<unknown, unknown>, "kind" | "dedupe" | "subjectId">,
  bodyHash: string,
): Promise<CashlinkWrite> {
  const db = getDb();
  const dedupeKey = `${spec.kind}:${spec.dedupe}`;
  const existing = await db.cashlinkWrite.findUnique({ where: { dedupeKey } });
  if (existing) return existing;
  const id = randomUUID();
  try {
    return await db.cashlinkWrite.create({
      data: {
        id,
        kind: spec.kind,
        dedupeKey,
        idempotencyKey: cashlinkWriteKey(spec.kind, id),
        subjectId: spec.subjectId,
        bodyHash,
        requestedById: actor.id,
      },
    });
  } catch (error) {
    // A concurrent submission wrote the row first: use that one, and so its key.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return db.cashlinkWrite.findUniqueOrThrow({ where: { dedupeKey } });
  }
}

/**
 * Records why Cashlink did not confirm, and returns the error to throw, with Cashlink's own words
 * added: "rejected the data" alone does not tell staff that, say, the investment is not accepted yet.
 */
async function recordFailure(row: CashlinkWrite, error: ProviderError): Promise<ProviderError> {
  const refused = error.status !== null && error.status >= 400 && error.status < 500;
  const words = cashlinkErrorMessages(error.details);
  const userMessage = words.length > 0 ? `${error.userMessage} Cashlink said: ${words.join(" ")}` : error.userMessage;
  await getDb().cashlinkWrite.update({
    where: { id: row.id },
    data: {
      state: refused ? "REFUSED" : "FAILED",
      lastError: userMessage.slice(0, 1000),
      // Cashlink stored nothing under the key, so the intent may be tried again as new (new row, new key).
      ...(refused ? { dedupeKey: `${row.dedupeKey}#refused-${row.id}` } : {}),
    },
  });
  return withUserMessage(error, userMessage);
}

/** Key order must not matter, as at Cashlink: `{a,b}` and `{b,a}` are the same request. */
export function hashBody(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
