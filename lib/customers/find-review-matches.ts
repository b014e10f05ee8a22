import "server-only";

import { getDb } from "@/lib/db";

export type ReviewMatchRow = {
  id: string;
  kind: string;
  reason: string;
  createdAt: string;
  person: {
    provider: string;
    providerId: string;
    name: string | null;
    email: string | null;
    birthDate: string | null;
    customerNumber: string | null;
  };
  customer: { id: string; name: string; number: string | null; providers: string[] };
  personCustomerId: string | null;
};

/** "Links to review": every open suggestion and conflict, conflicts first, oldest first. */
export async function findReviewMatches(limit = 200): Promise<ReviewMatchRow[]> {
  const db = getDb();
  const matches = await db.customerMatch.findMany({
    where: { state: "OPEN" },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    take: limit,
    include: { customer: { select: { id: true, displayName: true, customerNumber: true, providers: true } } },
  });
  const keys = matches.map((m) => ({ provider: m.provider, providerId: m.providerId }));
  const [persons, links] = await Promise.all([
    keys.length ? db.providerPerson.findMany({ where: { OR: keys } }) : [],
    keys.length ? db.customerLink.findMany({ where: { OR: keys }, select: { provider: true, providerId: true, customerId: true } }) : [],
  ]);
  const person = new Map(persons.map((p) => [`${p.provider}|${p.providerId}`, p]));
  const link = new Map(links.map((l) => [`${l.provider}|${l.providerId}`, l.customerId]));
  const rank = { CONFLICT: 0, EMAIL: 1, NAME_BIRTH_DATE: 2 } as const;
  return matches
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.createdAt.getTime() - b.createdAt.getTime())
    .map((m) => {
      const p = person.get(`${m.provider}|${m.providerId}`);
      return {
        id: m.id,
        kind: m.kind,
        reason: (m.detail as { reason?: string }).reason ?? m.kind,
        createdAt: m.createdAt.toISOString(),
        person: {
          provider: m.provider,
          providerId: m.providerId,
          name: [p?.firstName, p?.lastName].filter(Boolean).join(" ") || null,
          email: p?.email ?? null,
          birthDate: p?.birthDate ?? null,
          customerNumber: p?.customerNumber ?? null,
        },
        customer: { id: m.customer.id, name: m.customer.displayName, number: m.customer.customerNumber, providers: m.customer.providers },
        personCustomerId: link.get(`${m.provider}|${m.providerId}`) ?? null,
      };
    });
}
