import type { Db } from "@/lib/db/create-client";
import type { createCashlinkClient } from "@/lib/providers/cashlink/client";
import { saveSearchEntries, type SearchEntry } from "@/lib/search/save-search-entries";
import { cashlinkInvitationEntry } from "@/lib/search/search-entries-of";

type CashlinkClient = ReturnType<typeof createCashlinkClient>;

/**
 * One case per Cashlink invitation, from the invitation list (Cashlink sends no event for
 * a new invitation). The provider's readiness is its own: no missing requirements. The
 * case workflow (claim, notes, decision) is the generic one.
 */
export async function syncCashlinkInvitations(db: Pick<Db, "$executeRawUnsafe">, client: CashlinkClient) {
  const started = Date.now();
  const refs: string[] = [];
  const names: string[] = [];
  const ready: boolean[] = [];
  const searchEntries: SearchEntry[] = [];
  for await (const invitation of client.iterateInvitations()) {
    searchEntries.push(cashlinkInvitationEntry(invitation));
    refs.push(invitation.id);
    names.push(`Investor ${invitation.investor_id} · ${invitation.units} units`);
    ready.push((invitation.missing_requirements ?? []).length === 0);
  }
  let written = 0;
  for (let i = 0; i < refs.length; i += 1000) {
    written += await db.$executeRawUnsafe(
      `INSERT INTO "OnboardingCase" ("id", "subjectType", "subjectRef", "displayName", "providerReady", "createdAt", "updatedAt")
       SELECT gen_random_uuid()::text, 'CASHLINK_INVITATION', c.ref, c.name, c.ready, now(), now()
         FROM unnest($1::text[], $2::text[], $3::boolean[]) AS c(ref, name, ready)
       ON CONFLICT ("subjectType", "subjectRef") DO UPDATE SET "displayName" = EXCLUDED."displayName", "providerReady" = EXCLUDED."providerReady"
        WHERE "OnboardingCase"."displayName" IS DISTINCT FROM EXCLUDED."displayName" OR "OnboardingCase"."providerReady" <> EXCLUDED."providerReady"`,
      refs.slice(i, i + 1000),
      names.slice(i, i + 1000),
      ready.slice(i, i + 1000),
    );
  }
  // The global search finds each invitation by its id (and the investor's, via the search sync).
  for (let i = 0; i < searchEntries.length; i += 1000) await saveSearchEntries(db, searchEntries.slice(i, i + 1000));
  return { read: refs.length, written, ms: Date.now() - started };
}
