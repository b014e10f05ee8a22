import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { ingestEvents } from "@/lib/events/ingest";
import type { StoredEventInput } from "@/lib/events/stored-event";
import type { EventFilter } from "@/lib/validations/events";

import { eventWhere } from "./event-where";
import { eventWhereSql } from "./event-where-sql";
import { countEventsByStatus, type StatusCounts } from "./count-events-by-status";
import { eventsPerTypeOverTime, findEvents, findEventsAfter, findRejections, getEvent, iterateEventsWithPayload } from "./find-events";

// Other suites share the database: every event here has a type starting with RUN, and every query filters on it.
const RUN = `t${Date.now()}`;

const event = (id: string, type: string, payload: object | string, refs: StoredEventInput["refs"] = {}): StoredEventInput => ({
  providerEventId: `${RUN}-${id}`,
  type: `${RUN}.${type}`,
  providerCreatedAt: null,
  refs,
  rawPayload: typeof payload === "string" ? payload : JSON.stringify(payload),
});

async function setRow(providerEventId: string, data: { status?: "FAILED" | "DEAD" | "PROCESSED"; receivedAt?: Date }) {
  await getDb().providerEvent.updateMany({ where: { providerEventId: `${RUN}-${providerEventId}` }, data });
}

const ids = (rows: { providerEventId: string }[]) => rows.map((r) => r.providerEventId.slice(RUN.length + 1));

beforeAll(async () => {
  const db = getDb();
  await ingestEvents(db, { provider: "INVESTSUITE", transport: "AMQP", signature: "NOT_SIGNED" }, [
    event("is-1", "portfolios.status-update", { note: "100% sure" }, { portfolioRef: "P-1", userRef: "U-1" }),
    event("is-2", "portfolios.divest-amount-update", `{"amount":1234.567890123456789012,"full":1e100,"note":"100 sure"}`, {
      portfolioRef: "P-2",
    }),
    event("is-3", "users.created", { note: "100_x" }, { userRef: "U-1" }),
  ]);
  await ingestEvents(db, { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    event("wa-1", "account.document-rejected", { note: "100ax" }, { customerRef: "C-1" }),
    event("wa-2", "order.filled", { note: "back\\slash" }, { customerRef: "C-1", orderRef: "O-1" }),
  ]);
  await setRow("is-2", { status: "FAILED", receivedAt: new Date("2026-01-01T10:15:00Z") });
  await setRow("is-3", { status: "DEAD", receivedAt: new Date("2026-01-01T10:45:00Z") });
  await setRow("wa-1", { status: "PROCESSED", receivedAt: new Date("2026-01-01T11:05:00Z") });
  await setRow("is-1", { receivedAt: new Date("2026-01-01T10:20:00Z") });
  await setRow("wa-2", { receivedAt: new Date("2026-01-02T09:00:00Z") });
});

/** Before every row's receivedAt here: payload search looks back only 24 hours unless `from` is set. */
const JAN = new Date("2025-12-31T00:00:00Z");

const mine = (filter: Partial<EventFilter> = {}): EventFilter => ({ type: RUN, ...filter }) as EventFilter;

describe("findEvents filters", () => {
  it.each([
    ["provider", { provider: "WISEALPHA" }, ["wa-2", "wa-1"]],
    ["type prefix", { type: `${RUN}.portfolios.` }, ["is-2", "is-1"]],
    ["status", { status: "DEAD" }, ["is-3"]],
    ["entity in any reference column", { entity: "U-1" }, ["is-3", "is-1"]],
    ["entity as an order", { entity: "O-1" }, ["wa-2"]],
    ["received from/to", { from: new Date("2026-01-01T10:30:00Z"), to: new Date("2026-01-01T12:00:00Z") }, ["wa-1", "is-3"]],
    ["text in payload, newest received first", { q: "SURE", from: JAN }, ["is-1", "is-2"]],
    ["text with % matches a literal %", { q: "100%", from: JAN }, ["is-1"]],
    ["text with _ matches a literal _", { q: "0_x", from: JAN }, ["is-3"]],
    ["text with a backslash", { q: "back\\", from: JAN }, ["wa-2"]],
    ["text combined with other filters", { q: "100", provider: "INVESTSUITE", status: "FAILED", from: JAN }, ["is-2"]],
  ] as const)("%s", async (_name, filter, expected) => {
    const { events, nextCursor } = await findEvents(mine(filter as Partial<EventFilter>));
    expect(ids(events)).toEqual(expected);
    expect(nextCursor).toBeNull();
  });

  it("searches payload text in the 24 hours before `to` (or now) unless `from` is set", async () => {
    expect((await findEvents(mine({ q: "SURE" }))).events).toEqual([]);
    expect(ids((await findEvents(mine({ q: "SURE", to: new Date("2026-01-01T23:00:00Z") }))).events)).toEqual(["is-1", "is-2"]);
    expect((await findEvents(mine({ q: "SURE", to: new Date("2026-01-02T11:00:00Z") }))).events).toEqual([]);
  });

  it("lists metadata only, never the payload", async () => {
    const { events } = await findEvents(mine());
    expect(events[0]).not.toHaveProperty("payload");
  });

  it("gives the same rows through the SQL twin of eventWhere as through Prisma, for every filter", async () => {
    const filters: Partial<EventFilter>[] = [
      {},
      { provider: "INVESTSUITE" },
      { type: `${RUN}.portfolios.` },
      { status: "FAILED" },
      { entity: "C-1" },
      { from: new Date("2026-01-01T10:20:00Z"), to: new Date("2026-01-01T11:05:00Z") },
    ];
    for (const filter of filters) {
      const viaPrisma = await getDb().providerEvent.findMany({
        where: eventWhere(mine(filter)),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const viaSql = await getDb().$queryRaw<
        { id: bigint }[]
      >`SELECT id FROM "ProviderEvent" WHERE ${eventWhereSql(mine(filter))} ORDER BY id`;
      expect(
        viaSql.map((r) => r.id),
        JSON.stringify(filter),
      ).toEqual(viaPrisma.map((r) => r.id));
    }
  });
});

describe("keyset pages", () => {
  const PAGED = `paged-${RUN}`;
  beforeAll(async () => {
    const batch = Array.from({ length: 120 }, (_, i) => ({
      ...event(`page-${i}`, "paged", { n: i, tag: i % 2 ? "odd" : "even" }),
      type: `${PAGED}.paged`,
    }));
    await ingestEvents(getDb(), { provider: "CASHLINK", transport: "WEBHOOK", signature: "VALID" }, batch);
  });

  it.each([
    ["without text search", {}, [50, 50, 20]],
    ["with text search (raw path)", { q: '"odd"' }, [50, 10]],
    ["with a time range (by receivedAt, then id)", { from: new Date(Date.now() - 3_600_000) }, [50, 50, 20]],
  ] as const)("walk newest first without gaps or repeats, %s", async (_name, extra, sizes) => {
    const seen: bigint[] = [];
    const pageSizes: number[] = [];
    let before: string | undefined;
    for (;;) {
      const { events, nextCursor } = await findEvents({ type: PAGED, ...extra, before } as EventFilter);
      pageSizes.push(events.length);
      seen.push(...events.map((e) => e.id));
      if (!nextCursor) break;
      before = nextCursor;
    }
    expect(pageSizes).toEqual(sizes);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => (a < b ? 1 : -1))).toEqual(seen);
  });

  it("the tail returns events after an id, oldest first, at most the limit", async () => {
    const { events } = await findEvents({ type: PAGED } as EventFilter);
    const oldestOnPage = events.at(-1)!.id;
    const after = await findEventsAfter({ type: PAGED } as EventFilter, oldestOnPage, 10);
    expect(after).toHaveLength(10);
    expect(after[0]!.id).toBeGreaterThan(oldestOnPage);
    expect(after.map((e) => e.id)).toEqual([...after.map((e) => e.id)].sort((a, b) => (a < b ? -1 : 1)));
    expect(await findEventsAfter({ type: PAGED, q: '"even"' } as EventFilter, events[0]!.id, 10)).toEqual([]);
  });

  it("the export iterator yields every matching event once, in batches, with exact payload text", async () => {
    const rows = [];
    for await (const row of iterateEventsWithPayload({ type: PAGED } as EventFilter, 32)) rows.push(row);
    expect(rows).toHaveLength(120);
    expect(JSON.parse(rows[0]!.payloadText!)).toEqual({ n: 119, tag: "odd" });
  });
});

describe("counts, chart and detail", () => {
  it("counts per status ignore the status filter but keep the others", async () => {
    const exact = (counts: StatusCounts) => {
      expect(Object.values(counts).every((c) => !c.approximate)).toBe(true);
      return Object.fromEntries(Object.entries(counts).map(([status, c]) => [status, c.count]));
    };
    expect(exact(await countEventsByStatus(mine({ status: "PENDING" })))).toEqual({
      PENDING: 2,
      PROCESSED: 1,
      UNHANDLED: 0,
      FAILED: 1,
      DEAD: 1,
    });
    expect(exact(await countEventsByStatus(mine({ provider: "INVESTSUITE", q: "100", from: JAN })))).toEqual({
      PENDING: 1,
      PROCESSED: 0,
      UNHANDLED: 0,
      FAILED: 1,
      DEAD: 1,
    });
  });

  it("buckets events per type by hour and by day (UTC)", async () => {
    const byHour = await eventsPerTypeOverTime(mine({ to: new Date("2026-01-01T23:59:59Z") }), "hour");
    expect(byHour.map((p) => [p.bucket, p.type.slice(RUN.length + 1), p.count])).toEqual([
      ["2026-01-01T10:00:00.000Z", "portfolios.divest-amount-update", 1],
      ["2026-01-01T10:00:00.000Z", "portfolios.status-update", 1],
      ["2026-01-01T10:00:00.000Z", "users.created", 1],
      ["2026-01-01T11:00:00.000Z", "account.document-rejected", 1],
    ]);
    const byDay = await eventsPerTypeOverTime(mine({ type: `${RUN}.portfolios.`, to: new Date("2026-01-03T00:00:00Z") }), "day");
    expect(byDay.map((p) => [p.bucket, p.count])).toEqual([
      ["2026-01-01T00:00:00.000Z", 1],
      ["2026-01-01T00:00:00.000Z", 1],
    ]);
  });

  it("returns one event with its payload text exactly as stored", async () => {
    const [row] = (await findEvents(mine({ type: `${RUN}.portfolios.divest` }))).events;
    const detail = await getEvent(row!.id);
    expect(detail?.payloadText).toContain('"amount": 1234.567890123456789012');
    expect(detail?.payloadText).toContain(`"full": 1${"0".repeat(100)}`);
    expect(await getEvent(999_999_999n)).toBeNull();
  });

  it("lists rejections newest first", async () => {
    const db = getDb();
    for (const reason of ["first", "second"])
      await db.eventRejection.create({
        data: { provider: "WISEALPHA", transport: "WEBHOOK", reason: `${RUN} ${reason}`, body: "{}", ip: "203.0.113.9" },
      });
    const { rejections } = await findRejections(undefined, 2);
    expect(rejections.map((r) => r.reason)).toEqual([`${RUN} second`, `${RUN} first`]);
  });
});
