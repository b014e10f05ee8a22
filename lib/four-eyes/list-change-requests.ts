import "server-only";

import type { ChangeRequest } from "@/generated/prisma/client";
import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ChangeKindWithPayload } from "@/lib/validations/four-eyes";

import { expireStale } from "./change-requests";
import { LINKED_REASON, linkedAskers } from "./eligibility";
import { CHANGE_KINDS, isChangeKind } from "./kinds";

export type ChangeRequestRow = {
  id: string;
  kind: string;
  description: string;
  summary: string;
  values: Record<string, string | null>;
  state: ChangeRequest["state"];
  requestedBy: string;
  requestedAt: string;
  expiresAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  error: string | null;
  /** Why this person may not approve it, or null when they may (the action decides again). */
  cannotApprove: string | null;
  canReject: boolean;
  mine: boolean;
};

/**
 * The approvals page: every pending request, with whether this person may approve
 * it (the same rules as eligibility.ts, read once for the page), and this person's
 * own recent requests with their outcome.
 */
export async function listChangeRequests(user: CurrentUser, recentLimit = 20) {
  await expireStale();
  const db = getDb();
  const [pending, mine] = await Promise.all([
    // APPROVED = sent to the provider with no outcome recorded yet (or a crash in between): shown so someone checks.
    db.changeRequest.findMany({ where: { state: { in: ["PENDING", "APPROVED"] } }, orderBy: { requestedAt: "asc" }, take: 200 }),
    db.changeRequest.findMany({
      where: { requestedById: user.id, state: { notIn: ["PENDING", "APPROVED"] } },
      orderBy: { requestedAt: "desc" },
      take: recentLimit,
    }),
  ]);
  const people = new Set([...pending, ...mine].flatMap((r) => [r.requestedById, r.decidedById ?? ""]).filter(Boolean));
  const [users, linked] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...people] } }, select: { id: true, email: true } }),
    linkedAskers(
      db,
      user.id,
      pending.map((r) => r.requestedById),
    ),
  ]);
  const emailOf = new Map(users.map((u) => [u.id, u.email]));

  const row = (r: ChangeRequest): ChangeRequestRow => {
    const known = isChangeKind(r.kind) ? (r.kind as ChangeKindWithPayload) : null;
    const rule = known ? FOUR_EYES_POLICY[known] : null;
    let values: Record<string, string | null> = {};
    let subject: string | null = null;
    if (known) {
      try {
        const definition = CHANGE_KINDS[known];
        values = definition.describe(r.payload as never).values;
        subject = definition.subjectUserId?.(r.payload as never) ?? null;
      } catch {
        values = {};
      }
    }
    const mayApprove = Boolean(rule && hasPermission(user.role, rule.approve));
    const cannotApprove = !mayApprove
      ? "Your role may not approve this."
      : r.requestedById === user.id
        ? "You asked for this."
        : subject === user.id
          ? "It changes your own account."
          : linked.has(r.requestedById)
            ? LINKED_REASON
            : null;
    return {
      id: r.id,
      kind: r.kind,
      description: rule?.description ?? r.kind,
      summary: r.summary,
      values,
      state: r.state,
      requestedBy: emailOf.get(r.requestedById) ?? r.requestedById,
      requestedAt: r.requestedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      decidedBy: r.decidedById ? (emailOf.get(r.decidedById) ?? r.decidedById) : null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      reason: r.reason,
      error: r.error,
      cannotApprove: r.state === "PENDING" ? cannotApprove : "It is no longer pending.",
      canReject: r.state === "PENDING" && mayApprove && r.requestedById !== user.id,
      mine: r.requestedById === user.id,
    };
  };
  return { pending: pending.map(row), mine: mine.map(row) };
}
