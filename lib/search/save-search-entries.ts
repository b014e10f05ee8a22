import type { Db as Client } from "@/lib/db/create-client";

import type { ProviderName, SearchKind } from "./search-kinds";

/** Any client or transaction: only raw statements are used. */
type Db = Pick<Client, "$executeRawUnsafe">;

export type SearchEntry = {
  kind: SearchKind;
  ref: string;
  provider: ProviderName | null;
  label: string;
  detail?: string | null;
  href: string;
  /** Lowercased keys (termsOf): ids, e-mails, names and their words. */
  terms: string[];
};

/**
 * Replaces the search rows of these objects in two statements (delete, then one batched
 * insert), so a changed e-mail or name stops matching at once. Called by the projections'
 * own writers (customer snapshots, invitation sync, InvestSuite and product sync) in their
 * transaction or batch.
 */
export async function saveSearchEntries(db: Db, entries: SearchEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  await db.$executeRawUnsafe(
    `DELETE FROM "SearchTerm" s USING unnest($1::text[], $2::text[]) AS o(kind, ref) WHERE s."kind" = o.kind AND s."ref" = o.ref`,
    entries.map((e) => e.kind),
    entries.map((e) => e.ref),
  );
  const rows = entries.flatMap((e) => [...new Set([e.ref.toLowerCase(), ...e.terms])].map((term) => ({ e, term })));
  return db.$executeRawUnsafe(
    `INSERT INTO "SearchTerm" ("kind", "ref", "term", "provider", "label", "detail", "href", "updatedAt")
     SELECT t.kind, t.ref, t.term, t.provider::"Provider", t.label, t.detail, t.href, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            AS t(kind, ref, term, provider, label, detail, href)
     ON CONFLICT ("kind", "ref", "term") DO NOTHING`,
    rows.map((r) => r.e.kind),
    rows.map((r) => r.e.ref),
    rows.map((r) => r.term),
    rows.map((r) => r.e.provider),
    rows.map((r) => r.e.label),
    rows.map((r) => r.e.detail ?? null),
    rows.map((r) => r.e.href),
  );
}
