import "server-only";

import { getDb } from "@/lib/db";

export type TimelineSource = "provider" | "ours" | "audit";
export type TimelineItem = {
  key: string;
  at: string;
  source: TimelineSource;
  provider: string | null;
  title: string;
  detail: string | null;
  href: string | null;
};

const LIMIT = 100;

/**
 * One timeline for the customer: provider events about any of their ids, our own steps on
 * their withdrawals and onboarding cases, and audit entries about the customer, newest first.
 */
export async function loadTimeline(input: {
  customerId: string;
  isId: string | null;
  waId: string | null;
  clId: string | null;
  withdrawalIds: string[];
  caseIds: string[];
}): Promise<TimelineItem[]> {
  const db = getDb();
  const eventWhere = [
    ...(input.isId ? [{ provider: "INVESTSUITE" as const, userRef: input.isId }] : []),
    ...(input.waId ? [{ provider: "WISEALPHA" as const, customerRef: input.waId }] : []),
    ...(input.clId ? [{ provider: "CASHLINK" as const, customerRef: input.clId }] : []),
  ];
  const [events, transitions, entries, audits] = await Promise.all([
    eventWhere.length
      ? db.providerEvent.findMany({
          where: { OR: eventWhere },
          orderBy: { receivedAt: "desc" },
          take: LIMIT,
          select: { id: true, provider: true, type: true, status: true, providerCreatedAt: true, receivedAt: true },
        })
      : [],
    input.withdrawalIds.length
      ? db.withdrawalTransition.findMany({ where: { withdrawalId: { in: input.withdrawalIds } }, orderBy: { id: "desc" }, take: LIMIT })
      : [],
    input.caseIds.length
      ? db.onboardingCaseEntry.findMany({
          // Provider events are already in the timeline from the events themselves.
          where: { caseId: { in: input.caseIds }, kind: { not: "PROVIDER_EVENT" } },
          orderBy: { id: "desc" },
          take: LIMIT,
        })
      : [],
    db.auditEntry.findMany({
      where: { targetId: { in: [input.customerId, ...input.withdrawalIds, ...input.caseIds] } },
      orderBy: { id: "desc" },
      take: LIMIT,
    }),
  ]);
  const items: TimelineItem[] = [
    ...events.map(eventItem),
    ...transitions.map((t) => ({
      key: `w${t.id}`,
      at: t.createdAt.toISOString(),
      source: "ours" as const,
      provider: null,
      title: `Withdrawal ${t.fromState ? `${t.fromState} → ` : ""}${t.toState}`,
      detail: t.reason,
      href: `/withdrawals/${t.withdrawalId}`,
    })),
    ...entries.map((e) => ({
      key: `c${e.id}`,
      at: e.createdAt.toISOString(),
      source: "ours" as const,
      provider: null,
      title: `Onboarding case: ${e.summary}`,
      detail: e.body,
      href: `/onboarding/cases/${e.caseId}`,
    })),
    ...audits.map((a) => ({
      key: `a${a.id}`,
      at: a.createdAt.toISOString(),
      source: "audit" as const,
      provider: null,
      title: a.action,
      detail: [a.actorEmail, a.outcome, (a.details as { reason?: string }).reason].filter(Boolean).join(" · "),
      href: null,
    })),
  ];
  return mergeTimeline(items, []);
}

type EventRow = { id: bigint; provider: string; type: string; status: string; providerCreatedAt: Date | null; receivedAt: Date };

const eventItem = (e: EventRow): TimelineItem => ({
  key: `e${e.id}`,
  at: (e.providerCreatedAt ?? e.receivedAt).toISOString(),
  source: "provider",
  provider: e.provider,
  title: e.type,
  detail: e.status,
  href: `/events/${e.id}`,
});

/** InvestSuite events about the customer's portfolios (known once InvestSuite listed them). */
export async function loadPortfolioEvents(portfolioIds: string[]): Promise<TimelineItem[]> {
  if (portfolioIds.length === 0) return [];
  const events = await getDb().providerEvent.findMany({
    where: { provider: "INVESTSUITE", portfolioRef: { in: portfolioIds } },
    orderBy: { receivedAt: "desc" },
    take: LIMIT,
    select: { id: true, provider: true, type: true, status: true, providerCreatedAt: true, receivedAt: true },
  });
  return events.map(eventItem);
}

/** Newest first, each item once (an event can be found both by user and by portfolio). */
export function mergeTimeline(a: TimelineItem[], b: TimelineItem[]): TimelineItem[] {
  const byKey = new Map([...a, ...b].map((i) => [i.key, i]));
  return [...byKey.values()].sort((x, y) => y.at.localeCompare(x.at)).slice(0, LIMIT * 2);
}
