import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

import { PROVIDER_WORDS, SEARCH_KINDS, type ProviderName, type SearchHit, type SearchKind } from "./search-kinds";

export const PER_KIND = 5;
/** Prefix matches read off the index before grouping; enough for 5 per kind in practice. */
const PREFIX_SCAN = 200;

export type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[] };

type TermRow = { kind: string; ref: string; provider: string | null; label: string; detail: string | null; href: string };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One box for everything: ids, e-mails and name prefixes. Answered from our own tables only:
 * the SearchTerm projection (prefix on its text_pattern_ops index) and exact id lookups on
 * the withdrawal, order-book and event tables' own indexes. Never a provider call.
 * Kinds the person may not read are not searched at all.
 */
export async function globalSearch(query: string, user: Pick<CurrentUser, "role">): Promise<SearchGroup[]> {
  const raw = query.trim().slice(0, 200);
  // One character matches too much to be useful, except an event's own id (digits).
  if ((raw.length < 2 && !/^\d$/.test(raw)) || raw.includes("\u0000")) return [];
  const q = raw.toLowerCase();
  const kinds = (Object.keys(SEARCH_KINDS) as SearchKind[]).filter((k) => hasPermission(user.role, SEARCH_KINDS[k].permission));
  const allowed = new Set(kinds);
  const db = getDb();

  const [exact, prefix, withdrawals, orders, events] = await Promise.all([
    db.searchTerm.findMany({ where: { term: q, kind: { in: kinds } }, take: PREFIX_SCAN }),
    db.$queryRaw<TermRow[]>`
      SELECT "kind", "ref", "provider", "label", "detail", "href" FROM "SearchTerm"
       WHERE "term" LIKE ${`${escapeLike(q)}%`} AND "kind" = ANY(${kinds}::text[]) LIMIT ${PREFIX_SCAN}`,
    allowed.has("withdrawal") ? db.withdrawalRequest.findMany({ where: { id: raw }, take: 1 }) : [],
    allowed.has("order")
      ? db.orderBookEntry.findMany({
          where: { OR: [{ id: raw }, { originalId: raw }] },
          orderBy: { providerCreatedAt: "desc" },
          take: PER_KIND,
        })
      : [],
    allowed.has("event")
      ? db.providerEvent.findMany({
          where: {
            OR: [
              ...(/^[1-9]\d{0,17}$/.test(raw) ? [{ id: BigInt(raw) }] : []),
              { provider: { in: ["INVESTSUITE", "WISEALPHA", "CASHLINK"] }, providerEventId: raw },
            ],
          },
          select: { id: true, provider: true, providerEventId: true, type: true },
          take: PER_KIND,
        })
      : [],
  ]);

  const hits: SearchHit[] = [
    ...withdrawals.map((w) => ({
      kind: "withdrawal" as const,
      ref: w.id,
      provider: w.provider,
      label: `Withdrawal ${w.id}`,
      detail: `${w.state} · ${w.portfolioRef ?? w.customerRef ?? ""} · ${w.isFull ? "full" : `${w.amount?.toFixed() ?? "?"} ${w.currency}`}`,
      href: `/withdrawals/${w.id}`,
    })),
    ...orders.map((o) => ({
      kind: "order" as const,
      ref: o.id,
      provider: o.provider,
      label: `${o.side} ${o.id}`,
      detail: `${o.state} · original ${o.originalId} · customer ${o.customerRef} · ${o.productId}`,
      href: `/orders/history/${encodeURIComponent(o.originalId)}`,
    })),
    ...events.map((e) => ({
      kind: "event" as const,
      ref: e.id.toString(),
      provider: e.provider,
      label: `${e.type} #${e.id}`,
      detail: `${PROVIDER_WORDS[e.provider]} event ${e.providerEventId}`,
      href: `/events/${e.id}`,
    })),
    // Exact key matches before prefix matches, so "jane@x.com" or an id comes first in its group.
    ...[...exact, ...prefix].map((t) => ({
      kind: t.kind as SearchKind,
      ref: t.ref,
      provider: (t.provider as ProviderName | null) ?? null,
      label: t.label,
      detail: t.detail,
      href: t.href,
    })),
  ];
  return groupHits(hits, kinds);
}

/** One group per kind in SEARCH_KINDS order, each object once, at most PER_KIND per group. */
export function groupHits(hits: SearchHit[], kinds: SearchKind[]): SearchGroup[] {
  const seen = new Set<string>();
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const key = `${hit.kind}\u0000${hit.ref}`;
    if (seen.has(key) || !SEARCH_KINDS[hit.kind]) continue;
    seen.add(key);
    const list = byKind.get(hit.kind) ?? [];
    if (list.length < PER_KIND) list.push(hit);
    byKind.set(hit.kind, list);
  }
  return kinds.filter((k) => byKind.has(k)).map((k) => ({ kind: k, label: SEARCH_KINDS[k].label, hits: byKind.get(k)! }));
}
