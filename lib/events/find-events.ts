import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { EventFilter } from "@/lib/validations/events";

import { eventWhere } from "./event-where";
import { eventWhereSql } from "./event-where-sql";

export const EVENTS_PAGE_SIZE = 50;
export const TAIL_LIMIT = 200;

type Filter = Omit<EventFilter, "before">;

/** What a list row needs: metadata only. Payloads can be large and carry personal data. */
const LIST_SELECT = {
  id: true,
  provider: true,
  providerEventId: true,
  type: true,
  portfolioRef: true,
  userRef: true,
  customerRef: true,
  accountRef: true,
  orderRef: true,
  investmentRef: true,
  receivedAt: true,
  transport: true,
  status: true,
  deliveries: true,
  attempts: true,
  lastError: true,
} satisfies Prisma.ProviderEventSelect;

export type EventListRow = Prisma.ProviderEventGetPayload<{ select: typeof LIST_SELECT }>;

type Keyset = { before?: bigint; after?: bigint };

/**
 * Matching events by keyset: `before` walks back newest first, `after` walks forward
 * oldest first (the live tail, so a burst is never skipped). Newest first is by id,
 * except with a time range: then by (receivedAt, id), the order of the
 * (receivedAt, id, type) index, so a day 45 days back is read from the index instead
 * of walking the primary key back through every newer event (400 ms → a few ms on
 * 1M events). Ids follow arrival, so both orders agree but for same-millisecond ties.
 * The cursor stays an id either way; its row gives the (receivedAt, id) to continue from.
 * Without `q` or a time range Prisma does everything; otherwise the ids come from SQL
 * (payload search and row comparison are raw conditions) and the rows from Prisma.
 */
async function eventsByKeyset(filter: Filter, keyset: Keyset, take: number): Promise<EventListRow[]> {
  const direction = keyset.after !== undefined ? "asc" : "desc";
  // A text search always has a time window (event-where-sql.ts), so it is walked by time too.
  const byTime = direction === "desc" && (filter.from !== undefined || filter.to !== undefined || !!filter.q);
  if (!filter.q && !byTime) {
    const id = keyset.after !== undefined ? { gt: keyset.after } : keyset.before !== undefined ? { lt: keyset.before } : undefined;
    return getDb().providerEvent.findMany({
      where: { ...eventWhere(filter), ...(id && { id }) },
      orderBy: { id: direction },
      take,
      select: LIST_SELECT,
    });
  }
  const cursor =
    keyset.after !== undefined
      ? Prisma.sql`AND "id" > ${keyset.after}`
      : keyset.before === undefined
        ? Prisma.empty
        : byTime
          ? Prisma.sql`AND ("receivedAt", "id") < (SELECT "receivedAt", "id" FROM "ProviderEvent" WHERE "id" = ${keyset.before})`
          : Prisma.sql`AND "id" < ${keyset.before}`;
  const order = byTime ? Prisma.sql`"receivedAt" DESC, "id" DESC` : direction === "asc" ? Prisma.sql`"id" ASC` : Prisma.sql`"id" DESC`;
  const ids = await getDb().$queryRaw<
    { id: bigint }[]
  >`SELECT "id" FROM "ProviderEvent" WHERE ${eventWhereSql(filter)} ${cursor} ORDER BY ${order} LIMIT ${take}`;
  if (ids.length === 0) return [];
  const rows = await getDb().providerEvent.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: LIST_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap(({ id }) => byId.get(id) ?? []);
}

/** One page, newest first (fetches one extra row to know whether an older page exists). */
export async function findEvents(filter: EventFilter, pageSize = EVENTS_PAGE_SIZE) {
  const rows = await eventsByKeyset(filter, { before: filter.before ? BigInt(filter.before) : undefined }, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { events: page, nextCursor: rows.length > pageSize && last ? last.id.toString() : null };
}

/** Events newer than `after`, oldest first, at most `limit`: the caller polls again from the last id. */
export function findEventsAfter(filter: Filter, after: bigint, limit = TAIL_LIMIT) {
  return eventsByKeyset(filter, { after }, limit);
}

/** The newest id of any event: where a live tail starts, whatever the filter. */
export async function latestEventId(): Promise<bigint> {
  const row = await getDb().providerEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}

/** Every matching event with its payload as stored JSON text (exact numbers), in keyset batches for export. */
export async function* iterateEventsWithPayload(filter: Filter, batchSize = 1000) {
  let before: bigint | undefined;
  for (;;) {
    const rows = await eventsByKeyset(filter, { before }, batchSize);
    if (rows.length === 0) return;
    const payloads = await getDb().$queryRaw<{ id: bigint; payload: string | null }[]>`
      SELECT "id", "payload"::text AS "payload" FROM "ProviderEvent" WHERE "id" IN (${Prisma.join(rows.map((r) => r.id))})`;
    const byId = new Map(payloads.map((p) => [p.id, p.payload]));
    yield* rows.map((row) => ({ ...row, payloadText: byId.get(row.id) ?? null }));
    if (rows.length < batchSize) return;
    before = rows.at(-1)!.id;
  }
}

/**
 * One event with every column. The payload comes back as the JSON text PostgreSQL
 * stores, not parsed into JS numbers, so an amount like 1234.567890123456789 is
 * shown exactly as the provider sent it.
 */
export async function getEvent(id: bigint) {
  const db = getDb();
  const [event, payload] = await Promise.all([
    db.providerEvent.findUnique({ where: { id }, omit: { payload: true } }),
    db.$queryRaw<{ payload: string | null }[]>`SELECT "payload"::text AS "payload" FROM "ProviderEvent" WHERE "id" = ${id}`,
  ]);
  return event ? { ...event, payloadText: payload[0]?.payload ?? null } : null;
}

export type TimeBucket = "minute" | "hour" | "day";

/** Events per type per time bucket (UTC), for the chart. */
export async function eventsPerTypeOverTime(filter: Filter, bucket: TimeBucket) {
  // date_trunc takes the unit as a value; it is also checked here because it comes from our code, not the URL.
  if (!["minute", "hour", "day"].includes(bucket)) throw new Error(`Unknown bucket ${bucket}`);
  const rows = await getDb().$queryRaw<{ bucket: Date; type: string; n: number }[]>`
    SELECT date_trunc(${bucket}, "receivedAt") AS "bucket", "type", count(*)::int AS "n"
      FROM "ProviderEvent" WHERE ${eventWhereSql(filter)}
     GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({ bucket: r.bucket.toISOString(), type: r.type, count: r.n }));
}

export const REJECTIONS_PAGE_SIZE = 50;

/** Refused deliveries (bad signature, unparseable body…), newest first, by keyset on the id. */
/** The home card and `?recent=1` on the rejections page: refusals in the last this many hours. */
export const REJECTIONS_RECENT_HOURS = 24;

/** Newest first; with `recentAt`, only the last REJECTIONS_RECENT_HOURS before it, with their total. */
export async function findRejections(before?: bigint, pageSize = REJECTIONS_PAGE_SIZE, recentAt?: Date) {
  const since = recentAt ? { receivedAt: { gte: new Date(recentAt.getTime() - REJECTIONS_RECENT_HOURS * 3_600_000) } } : {};
  const [rows, total] = await Promise.all([
    getDb().eventRejection.findMany({
      where: { ...since, ...(before !== undefined ? { id: { lt: before } } : {}) },
      orderBy: { id: "desc" },
      take: pageSize + 1,
    }),
    recentAt ? getDb().eventRejection.count({ where: since }) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { rejections: page, total, nextCursor: rows.length > pageSize && last ? last.id.toString() : null };
}
