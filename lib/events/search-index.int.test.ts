import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findEvents } from "@/lib/data/events/find-events";
import { getDb } from "@/lib/db";
import type { EventFilter } from "@/lib/validations/events";

import { ingestEvents } from "./ingest";
import { purgeExpiredPayloads } from "./retention";
import { indexPendingEventSearchText } from "./search-index";

// Other suites share the database: every event here has a type starting with RUN, and every query filters on it.
const RUN = `search${Date.now()}`;
const ISIN = `XS${Date.now()}`;
const db = getDb();

async function store(id: string, payload: object) {
  await ingestEvents(db, { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    {
      providerEventId: `${RUN}-${id}`,
      type: `${RUN}.order.completed`,
      providerCreatedAt: null,
      refs: {},
      rawPayload: JSON.stringify(payload),
    },
  ]);
  return (
    await db.providerEvent.findUniqueOrThrow({
      where: { provider_providerEventId: { provider: "WISEALPHA", providerEventId: `${RUN}-${id}` } },
    })
  ).id;
}

const search = async (q: string) =>
  (await findEvents({ type: RUN, q } as EventFilter)).events.map((e) => e.providerEventId.slice(RUN.length + 1));

const searchText = async (eventId: bigint) => (await db.eventSearchText.findUnique({ where: { eventId } }))?.text ?? null;

let indexed: bigint;
let orderOnly: bigint;
beforeAll(async () => {
  indexed = await store("indexed", { data: { order_id: `ord_${RUN}`, investment: { isin: ISIN, name: "Bond plc" } } });
  orderOnly = await store("order", { data: { order_id: `ord_${RUN}_2`, amount: { value: "12.50" } }, [`key_${RUN}`]: 1 });
  await indexPendingEventSearchText(db, 2);
});

afterAll(async () => {
  await db.providerEvent.deleteMany({ where: { type: { startsWith: RUN } } });
});

describe("payload text search through the search index", () => {
  it("indexes the payload's string and number values, not its keys", async () => {
    expect((await searchText(indexed))?.split("\n").sort()).toEqual(["Bond plc", ISIN, `ord_${RUN}`]);
    expect((await searchText(orderOnly))?.split("\n").sort()).toEqual(["1", "12.50", `ord_${RUN}_2`]);
  });

  it("finds an indexed event by an ISIN or an order id inside its payload, case-insensitively", async () => {
    expect(await search(ISIN.toLowerCase())).toEqual(["indexed"]);
    expect(await search(`ord_${RUN}`)).toEqual(["order", "indexed"]);
    expect(await search(`ord_${RUN}_2`)).toEqual(["order"]);
  });

  it("does not match on a key alone", async () => {
    expect(await search(`key_${RUN}`)).toEqual([]);
    expect(await search("order_id")).toEqual([]);
  });

  it("finds a just-received event the indexer has not reached yet, and the same after indexing", async () => {
    const fresh = await store("fresh", { data: { isin: ISIN } });
    expect(await searchText(fresh)).toBeNull();
    expect(await search(ISIN)).toEqual(["fresh", "indexed"]);
    await indexPendingEventSearchText(db);
    expect(await searchText(fresh)).toBe(ISIN);
    expect(await search(ISIN)).toEqual(["fresh", "indexed"]);
  });

  it("retention deletes the search text with the payload, so the event no longer matches", async () => {
    await db.providerEvent.update({ where: { id: indexed }, data: { receivedAt: new Date(Date.now() - 31 * 86_400_000) } });
    await purgeExpiredPayloads(db, 30);
    expect(await searchText(indexed)).toBeNull();
    expect(await search(`ord_${RUN}`)).toEqual(["order"]);
    await indexPendingEventSearchText(db);
    expect(await searchText(indexed)).toBeNull();
  });
});
