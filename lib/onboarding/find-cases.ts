import "server-only";

import type { OnboardingCaseStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/onboarding/case-rules";
import type { CaseFilter } from "@/lib/validations/onboarding";

function viewWhere(filter: Pick<CaseFilter, "view" | "subject" | "q">, userId: string): Prisma.OnboardingCaseWhereInput {
  const where: Prisma.OnboardingCaseWhereInput = {};
  if (filter.view === "mine-and-unassigned") where.OR = [{ assigneeId: userId }, { assigneeId: null }];
  if (filter.view === "mine") where.assigneeId = userId;
  if (filter.view === "unassigned") where.assigneeId = null;
  if (filter.subject) where.subjectType = filter.subject;
  if (filter.q) {
    where.AND = [{ OR: [{ subjectRef: { contains: filter.q } }, { displayName: { contains: filter.q, mode: "insensitive" } }] }];
  }
  return where;
}

function statusWhere(status: CaseFilter["status"]): Prisma.OnboardingCaseWhereInput {
  if (status === "any") return {};
  if (status === "open") return { status: { in: OPEN_STATUSES } };
  return { status };
}

/** Waiting on the customer sorts last among open cases: nothing for the reviewer to do yet. */
export async function findCases(
  filter: CaseFilter,
  user: Pick<CurrentUser, "id">,
  scope: Prisma.OnboardingCaseWhereInput = {},
  pageSize?: number,
  // A home card's preview shows no assignee: it skips the e-mail lookup (each query costs the web process ~1 ms of CPU).
  { withAssigneeEmails = true }: { withAssigneeEmails?: boolean } = {},
) {
  const db = getDb();
  // `scope`: a work queue's where-clause (case-queues.ts), the same one its home card counts.
  const where = { AND: [viewWhere(filter, user.id), statusWhere(filter.status), scope] };
  const [rows, total] = await Promise.all([
    db.onboardingCase.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * (pageSize ?? filter.size),
      take: pageSize ?? filter.size,
    }),
    db.onboardingCase.count({ where }),
  ]);
  const assignees = withAssigneeEmails ? await emailsOf(rows.map((r) => r.assigneeId)) : new Map<string, string>();
  return {
    cases: rows.map((r) => ({ ...r, assigneeEmail: r.assigneeId ? (assignees.get(r.assigneeId) ?? r.assigneeId) : null })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / (pageSize ?? filter.size))),
  };
}

/** Counts per status in the current view (ignoring the status filter), for the status tabs. */
export async function countCasesByStatus(
  filter: CaseFilter,
  user: CurrentUser,
  scope: Prisma.OnboardingCaseWhereInput = {},
): Promise<Record<OnboardingCaseStatus, number>> {
  const groups = await getDb().onboardingCase.groupBy({
    by: ["status"],
    where: { AND: [viewWhere(filter, user.id), scope] },
    _count: { _all: true },
  });
  const counts: Record<OnboardingCaseStatus, number> = { NEW: 0, IN_REVIEW: 0, WAITING_ON_CUSTOMER: 0, APPROVED: 0, REJECTED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

export async function emailsOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await getDb().user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

/**
 * The case to open after a decision: the oldest open case the reviewer holds, else the
 * oldest unassigned one that is not waiting on the customer.
 */
export async function findNextCase(user: CurrentUser, excludeId: string): Promise<string | null> {
  const db = getDb();
  const base = { id: { not: excludeId }, status: { in: ["NEW", "IN_REVIEW"] as OnboardingCaseStatus[] } };
  const mine = await db.onboardingCase.findFirst({
    where: { ...base, assigneeId: user.id },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (mine) return mine.id;
  const free = await db.onboardingCase.findFirst({
    where: { ...base, assigneeId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return free?.id ?? null;
}
