import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { appendAudit } from "@/lib/audit/append-audit";
import type { AuditAction } from "@/lib/audit/audit-types";

import type { Finding } from "./types";

/** The Prisma client or a transaction (the worker has no lib/db.ts). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Items a run still watches: a later run updates them or closes them. */
export const LIVE_STATES = ["OPEN", "ACKNOWLEDGED"] as const;

type Key = { check: string; provider: string };
const json = (side: Finding["ours"]) => (side ?? undefined) as Prisma.InputJsonValue | undefined;
/** A run's own audit entry on a drift item (no person acts: a run opens, closes and records items). */
const auditItem = (tx: Tx, action: AuditAction, id: string, details: Record<string, unknown>) =>
  appendAudit(tx, { action, outcome: "SUCCESS", targetType: "DriftItem", targetId: id, details });
/** What a finding says of the object, as its drift item stores it (each time it is seen). */
const seenOf = (finding: Finding) => ({
  kind: finding.kind,
  summary: finding.summary,
  objectType: finding.objectType,
  ours: json(finding.ours),
  theirs: json(finding.theirs),
});
const WRITE_BATCH = 200;

/**
 * Stores what one check found: a new difference opens an item, one seen again updates
 * the same item (last seen, both sides), a closed item whose difference is back opens
 * again, and a live item this check no longer finds is closed by the run (who: nobody;
 * why: the run that saw both sides agree). Each change is audited in its transaction.
 */
export async function applyFindings(db: Db, key: Key & { runId: string; findings: Finding[]; at: Date }) {
  const { check, provider, runId, at } = key;
  const found = new Map(key.findings.map((f) => [f.objectRef, f]));
  // Live items (to update or close) and closed ones this run sees again (to reopen): never the whole history.
  const existing = await db.driftItem.findMany({
    where: { check, provider, OR: [{ state: { in: [...LIVE_STATES] } }, { objectRef: { in: [...found.keys()] } }] },
    select: { id: true, objectRef: true, state: true },
  });
  const byRef = new Map(existing.map((row) => [row.objectRef, row]));
  let opened = 0;
  let closed = 0;
  const findings = [...found.values()];
  for (let i = 0; i < findings.length; i += WRITE_BATCH) {
    await db.$transaction(async (tx) => {
      for (const finding of findings.slice(i, i + WRITE_BATCH)) {
        const row = byRef.get(finding.objectRef);
        const seen = seenOf(finding);
        if (row && (LIVE_STATES as readonly string[]).includes(row.state)) {
          await tx.driftItem.update({ where: { id: row.id }, data: { ...seen, lastSeenAt: at, lastRunId: runId } });
          continue;
        }
        const item = await openItem(tx, { check, provider, runId, at }, seen, finding.objectRef, row?.id);
        opened += 1;
        await auditItem(tx, "drift.opened", item.id, {
          check,
          provider,
          objectRef: finding.objectRef,
          kind: finding.kind,
          runId,
          reopened: Boolean(row),
        });
      }
    });
  }
  const gone = existing.filter((row) => (LIVE_STATES as readonly string[]).includes(row.state) && !found.has(row.objectRef));
  for (let i = 0; i < gone.length; i += WRITE_BATCH) {
    await db.$transaction(async (tx) => {
      for (const row of gone.slice(i, i + WRITE_BATCH)) {
        const resolution = `No longer differs: run ${runId} found both sides in agreement.`;
        const { count } = await tx.driftItem.updateMany({
          where: { id: row.id, state: { in: [...LIVE_STATES] } },
          data: { state: "RESOLVED", resolvedAt: at, resolvedById: null, resolution, lastRunId: runId },
        });
        if (count === 0) continue;
        closed += 1;
        await auditItem(tx, "drift.closed", row.id, { check, provider, runId });
      }
    });
  }
  return { opened, closed };
}

async function openItem(
  tx: Tx,
  key: Key & { runId: string | null; at: Date },
  seen: { kind: string; summary: string; objectType: string; ours?: Prisma.InputJsonValue; theirs?: Prisma.InputJsonValue },
  objectRef: string,
  existingId: string | undefined,
  state: "OPEN" | "AUTO_CORRECTED" = "OPEN",
  resolution: string | null = null,
) {
  const fresh = {
    ...seen,
    state,
    firstSeenAt: key.at,
    lastSeenAt: key.at,
    firstRunId: key.runId,
    lastRunId: key.runId,
    acknowledgedById: null,
    acknowledgedAt: null,
    acknowledgeReason: null,
    resolvedById: null,
    resolvedAt: state === "AUTO_CORRECTED" ? key.at : null,
    resolution,
  };
  if (existingId) return tx.driftItem.update({ where: { id: existingId }, data: fresh });
  return tx.driftItem.create({ data: { check: key.check, provider: key.provider, objectRef, ...fresh } });
}

/**
 * A correction the worker made to our records (a missed request created, a stale order
 * closed): stored as an AUTO_CORRECTED item in the caller's transaction, so the change and
 * its record commit together and nothing is patched silently.
 */
export async function recordCorrection(tx: Tx, key: Key & { runId?: string | null; at?: Date }, finding: Finding & { correction: string }) {
  const at = key.at ?? new Date();
  const existing = await tx.driftItem.findUnique({
    where: { check_provider_objectRef: { check: key.check, provider: key.provider, objectRef: finding.objectRef } },
    select: { id: true },
  });
  const seen = seenOf(finding);
  const item = await openItem(
    tx,
    { ...key, runId: key.runId ?? null, at },
    seen,
    finding.objectRef,
    existing?.id,
    "AUTO_CORRECTED",
    finding.correction,
  );
  await auditItem(tx, "drift.auto_corrected", item.id, {
    check: key.check,
    provider: key.provider,
    objectRef: finding.objectRef,
    kind: finding.kind,
    correction: finding.correction,
  });
  return item;
}
