import type { OnboardingCaseStatus, OnboardingEntryKind } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
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
  await tx.onboardingCaseEntry.create({
    data: {
      caseId,
      kind: entry.kind,
      summary: entry.summary,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      eventId: entry.eventId ?? null,
      body: entry.body ?? null,
      details: entry.details ?? {},
    },
  });
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

export async function lockCase(tx: Tx, caseId: string) {
  if (!(await lockRow(tx, "OnboardingCase", caseId))) return null;
  return tx.onboardingCase.findUniqueOrThrow({ where: { id: caseId } });
}
