import "server-only";

import type { DepositState } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";

export type DepositTimelineEntry = {
  key: string;
  at: string;
  fromState: DepositState | null;
  toState: DepositState;
  /** A person's e-mail, or null for the worker that sends deposits. */
  actorEmail: string | null;
  reason: string | null;
  details: Record<string, unknown>;
};

/** A deposit with everything its page shows, as plain data (no Decimal, no Date). */
export async function getDeposit(id: string) {
  const db = getDb();
  const d = await db.deposit.findUnique({ where: { id }, include: { transitions: { orderBy: { id: "asc" } } } });
  if (!d) return null;
  const ids = [d.recordedById, d.approvedById, ...d.transitions.map((t) => t.actorId)].filter((x): x is string => !!x);
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, email: true } });
  const email = (userId: string | null) => (userId ? (users.find((u) => u.id === userId)?.email ?? userId) : null);
  const timeline: DepositTimelineEntry[] = d.transitions.map((t) => ({
    key: `t${t.id}`,
    at: t.createdAt.toISOString(),
    fromState: t.fromState,
    toState: t.toState,
    actorEmail: email(t.actorId),
    reason: t.reason,
    details: (t.details ?? {}) as Record<string, unknown>,
  }));
  return {
    id: d.id,
    state: d.state,
    portfolioRef: d.portfolioRef,
    currency: d.currency,
    amount: d.amount.toFixed(),
    valueDate: d.valueDate.toISOString(),
    bankReference: d.bankReference,
    note: d.note,
    idempotencyKey: d.idempotencyKey,
    requiresApproval: d.requiresApproval,
    recordedById: d.recordedById,
    recordedBy: email(d.recordedById),
    approvedBy: email(d.approvedById),
    approvedAt: d.approvedAt?.toISOString() ?? null,
    rejectReason: d.rejectReason,
    failureMessage: d.failureMessage,
    executionAttempts: d.executionAttempts,
    providerTransferId: d.providerTransferId,
    sentAt: d.sentAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    timeline,
  };
}
export type DepositDetail = NonNullable<Awaited<ReturnType<typeof getDeposit>>>;
