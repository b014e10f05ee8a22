import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

import { SEARCH_KINDS, type ProviderName, type SearchHit, type SearchKind } from "./search-kinds";

export const PER_KIND = 5;
/** Prefix matches read off the index before grouping; enough for 5 per kind in practice. */
const PREFIX_SCAN = 200;

export type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[] };

type TermRow = { rank: number; kind: string; ref: string; provider: string | null; label: string; detail: string | null; href: string };

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

  // One round trip: exact key matches first (rank 0), then prefix matches off the text_pattern_ops
  // index (rank 1), then exact id lookups on the withdrawal, order-book and event tables' own indexes.
  const eventId = /^[1-9]\d{0,17}$/.test(raw) ? BigInt(raw) : null;
  const rows = await getDb().$queryRaw<TermRow[]>`
    (SELECT 0 AS "rank", "kind", "ref", "provider"::text, "label", "detail", "href" FROM "SearchTerm"
      WHERE "term" = ${q} AND "kind" = ANY(${kinds}::text[]) LIMIT ${PREFIX_SCAN})
    UNION ALL
    (SELECT 1, "kind", "ref", "provider"::text, "label", "detail", "href" FROM "SearchTerm"
      WHERE "term" LIKE ${`${escapeLike(q)}%`} AND "kind" = ANY(${kinds}::text[]) LIMIT ${PREFIX_SCAN})
    UNION ALL
    (SELECT 0, 'withdrawal', w."id", w."provider"::text, 'Withdrawal ' || w."id",
            w."state"::text || ' · ' || coalesce(w."portfolioRef", w."customerRef", '') || ' · ' ||
              CASE WHEN w."isFull" THEN 'full' ELSE coalesce(trim_scale(w."amount")::text, '?') || ' ' || w."currency" END,
            '/withdrawals/' || w."id"
       FROM "WithdrawalRequest" w WHERE ${allowed.has("withdrawal")} AND w."id" = ${raw})
    UNION ALL
    (SELECT 0, 'order', o."id", o."provider"::text, o."side"::text || ' ' || o."id",
            o."state"::text || ' · original ' || o."originalId" || ' · customer ' || o."customerRef" || ' · ' || o."productId",
            '/orders/history/' || o."originalId"
       FROM "OrderBookEntry" o WHERE ${allowed.has("order")} AND (o."id" = ${raw} OR o."originalId" = ${raw}) LIMIT ${PER_KIND})
    UNION ALL
    (SELECT 0, 'event', e."id"::text, e."provider"::text, e."type" || ' #' || e."id",
            'provider event ' || e."providerEventId", '/events/' || e."id"
       FROM "ProviderEvent" e
      WHERE ${allowed.has("event")} AND (e."id" = ${eventId ?? -1n}
         OR (e."provider" = ANY(ARRAY['INVESTSUITE','WISEALPHA','CASHLINK']::"Provider"[]) AND e."providerEventId" = ${raw}))
      LIMIT ${PER_KIND})`;
  // Exact matches before prefix matches, so "jane@x.com" or an id comes first in its group.
  const hits: SearchHit[] = rows
    .sort((a, b) => a.rank - b.rank)
    .map((t) => ({
      kind: t.kind as SearchKind,
      ref: t.ref,
      provider: (t.provider as ProviderName | null) ?? null,
      label: t.label,
      detail: t.detail,
      href: t.kind === "order" ? `/orders/history/${encodeURIComponent(t.href.slice("/orders/history/".length))}` : t.href,
    }));
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
