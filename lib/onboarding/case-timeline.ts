import type { OnboardingCaseStatus, OnboardingEntryKind } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { insertRows } from "@/lib/db/insert-rows";
import { lockRow } from "@/lib/db/lock-row";

export type EntryActor = { id: string; email: string } | null;

export type EntryInput = {
  kind: OnboardingEntryKind;
  summary: string;
  actor?: EntryActor;
  eventId?: bigint;
  body?: string | null;
  details?: Prisma.InputJsonValue;
};

export async function appendEntry(tx: Tx, caseId: string, entry: EntryInput) {
  await appendEntries(tx, [{ caseId, ...entry }]);
}

/** Many timeline entries in one statement, in the given order (the event batch's set-based handlers). */
export async function appendEntries(
  tx: Tx,
  entries: (EntryInput & { caseId: string; fromStatus?: OnboardingCaseStatus; toStatus?: OnboardingCaseStatus })[],
) {
  const createdAt = new Date();
  await insertRows(
    tx,
    "OnboardingCaseEntry",
    {
      caseId: "text",
      kind: '"OnboardingEntryKind"',
      summary: "text",
      actorId: "text",
      actorEmail: "text",
      eventId: "bigint",
      fromStatus: '"OnboardingCaseStatus"',
      toStatus: '"OnboardingCaseStatus"',
      body: "text",
      details: "jsonb",
      createdAt: "timestamp(3)",
    },
    entries.map((entry) => ({
      ...entry,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      details: entry.details ?? {},
      createdAt,
    })),
  );
}

/** Moves the case and records the move on its timeline (nothing when the status stays). */
export async function changeStatus(
  tx: Tx,
  caseId: string,
  from: OnboardingCaseStatus,
  to: OnboardingCaseStatus,
  change: { actor?: EntryActor; reason?: string | null; eventId?: bigint; data?: Prisma.OnboardingCaseUpdateInput },
) {
  await tx.onboardingCase.update({ where: { id: caseId }, data: { status: to, ...change.data } });
  if (from === to) return;
  await tx.onboardingCaseEntry.create({
    data: {
      caseId,
      kind: "STATUS_CHANGED",
      summary: `${from} → ${to}`,
      fromStatus: from,
      toStatus: to,
      actorId: change.actor?.id ?? null,
      actorEmail: change.actor?.email ?? null,
      body: change.reason ?? null,
    },
  });
}

/**
 * Moves many cases set-based, as changeStatus does one: each case's status, last event time and
 * waiting reason in one UPDATE, and one STATUS_CHANGED entry per case that really moved.
 */
export async function changeStatuses(
  tx: Tx,
  moves: {
    caseId: string;
    from: OnboardingCaseStatus;
    to: OnboardingCaseStatus;
    reason: string | null;
    lastEventAt: Date;
    waitingReason: string | null;
  }[],
) {
  if (moves.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "OnboardingCase" c
        SET status = m.status::"OnboardingCaseStatus", "lastEventAt" = m.last_event_at, "waitingReason" = m.waiting_reason,
            "updatedAt" = $5::timestamptz AT TIME ZONE 'UTC'
       FROM unnest($1::text[], $2::text[], $3::timestamp(3)[], $4::text[]) AS m(id, status, last_event_at, waiting_reason)
      WHERE c.id = m.id`,
    moves.map((m) => m.caseId),
    moves.map((m) => m.to),
    moves.map((m) => m.lastEventAt.toISOString()),
    moves.map((m) => m.waitingReason),
    new Date().toISOString(),
  );
  await appendEntries(
    tx,
    moves
      .filter((m) => m.from !== m.to)
      .map((m) => ({
        caseId: m.caseId,
        kind: "STATUS_CHANGED",
        summary: `${m.from} → ${m.to}`,
        fromStatus: m.from,
        toStatus: m.to,
        body: m.reason,
      })),
  );
}

/** Locks many cases (in id order, so two batches never deadlock) and reads what a provider event needs of them. */
export async function lockCases(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx.$queryRawUnsafe<
    {
      id: string;
      subjectRef: string;
      displayName: string | null;
      status: OnboardingCaseStatus;
      assigneeId: string | null;
      providerReady: boolean;
      waitingReason: string | null;
      lastEventAt: Date | null;
    }[]
  >(
    `SELECT id, "subjectRef", "displayName", status::text AS status, "assigneeId", "providerReady", "waitingReason", "lastEventAt"
       FROM "OnboardingCase" WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    caseIds,
  );
}

export async function lockCase(tx: Tx, caseId: string) {
  if (!(await lockRow(tx, "OnboardingCase", caseId))) return null;
  return tx.onboardingCase.findUniqueOrThrow({ where: { id: caseId } });
}
