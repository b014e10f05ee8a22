import type { EventTransport, Provider, SignatureResult } from "@/generated/prisma/enums";
import type { RawQueries } from "@/lib/db/pg-raw-queries";

import type { StoredEventInput } from "./stored-event";

export type IngestMeta = { provider: Provider; transport: EventTransport; signature: SignatureResult };
export type IngestResult = {
  stored: number;
  duplicates: number;
  newIds: bigint[];
  /** Provider event ids this call inserted (the rest were already stored or repeated in the batch). */
  newProviderEventIds: Set<string>;
};

/**
 * The one way any transport stores events: a single INSERT … SELECT FROM unnest
 * for the whole batch. A delivery whose (provider, providerEventId) exists only
 * bumps `deliveries`, so five concurrent deliveries of one event leave one row.
 * Returns the ids of new rows (for processing) once the statement has committed;
 * callers acknowledge to the sender only after this resolves.
 */
export async function ingestEvents(db: RawQueries, meta: IngestMeta, events: StoredEventInput[]): Promise<IngestResult> {
  if (events.length === 0) return { stored: 0, duplicates: 0, newIds: [], newProviderEventIds: new Set() };
  const batch = foldRepeats(events);
  const refs = (name: keyof StoredEventInput["refs"]) => batch.map(({ event }) => event.refs[name] ?? null);

  // xmax = 0 only for rows this statement inserted (an updated row carries the updating xid).
  // `id` is a bigint from Prisma, a string from pg (pgRawQueries): BigInt() takes both.
  const rows = await db.$queryRawUnsafe<{ id: bigint | string; providerEventId: string; inserted: boolean }[]>(
    `INSERT INTO "ProviderEvent" ("provider", "transport", "signature", "providerEventId", "type", "portfolioRef", "userRef", "customerRef",
                                  "accountRef", "orderRef", "investmentRef", "providerCreatedAt", "payload", "deliveries")
     SELECT $1::"Provider", $2::"EventTransport", $3::"SignatureResult", e.event_id, e.type, e.portfolio, e.usr, e.customer,
            e.account, e.ord, e.investment, e.created, e.payload::jsonb, e.deliveries
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamp(3)[], $13::text[], $14::int[])
            AS e(event_id, type, portfolio, usr, customer, account, ord, investment, created, payload, deliveries)
     ON CONFLICT ("provider", "providerEventId")
     DO UPDATE SET "deliveries" = "ProviderEvent"."deliveries" + EXCLUDED."deliveries", "lastDeliveredAt" = now()
     RETURNING "id", "providerEventId", (xmax = 0) AS "inserted"`,
    meta.provider,
    meta.transport,
    meta.signature,
    batch.map(({ event }) => event.providerEventId),
    batch.map(({ event }) => event.type),
    refs("portfolioRef"),
    refs("userRef"),
    refs("customerRef"),
    refs("accountRef"),
    refs("orderRef"),
    refs("investmentRef"),
    batch.map(({ event }) => event.providerCreatedAt?.toISOString() ?? null),
    batch.map(({ event }) => event.rawPayload),
    batch.map(({ deliveries }) => deliveries),
  );
  const inserted = rows.filter((r) => r.inserted);
  const newIds = inserted.map((r) => BigInt(r.id));
  return {
    stored: newIds.length,
    duplicates: events.length - newIds.length,
    newIds,
    newProviderEventIds: new Set(inserted.map((r) => r.providerEventId)),
  };
}

/**
 * ON CONFLICT cannot touch one row twice in a statement, so repeats inside a batch
 * are folded into one row whose delivery count says how often it came.
 */
function foldRepeats(events: StoredEventInput[]) {
  const byId = new Map<string, { event: StoredEventInput; deliveries: number }>();
  for (const event of events) {
    const existing = byId.get(event.providerEventId);
    if (existing) existing.deliveries += 1;
    else byId.set(event.providerEventId, { event, deliveries: 1 });
  }
  return [...byId.values()];
}
