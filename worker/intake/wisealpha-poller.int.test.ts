import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SMALL_DATA, startTestSandbox, type TestSandbox } from "../../sandbox/test-sandbox";
import { WISEALPHA_CURSOR, startWiseAlphaPoller, type WiseAlphaPollerOptions } from "./wisealpha-poller";
import { silentLogger, testDb, waitFor } from "./test-support";

const API_KEY = "wa-sandbox-super-0000000000000000000000000";
const db = testDb();

describe("WiseAlpha /events/ poller", () => {
  let sandbox: TestSandbox;
  let options: WiseAlphaPollerOptions;

  beforeAll(async () => {
    sandbox = await startTestSandbox("bo-poller-sandbox-", {
      ...SMALL_DATA,
      // Only the poller should see these events: no webhook deliveries to a web app that is not running.
      SANDBOX_WA_WEBHOOK_URLS: "",
    });
    // A page size of 3 makes every round cross page boundaries.
    options = { baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: API_KEY, intervalMs: 50, pageSize: 3 };
    // Every sandbox numbers its events EVENT00000001, …: rows another suite stored from its own sandbox
    // would look like a second delivery here. This suite starts from no polled WiseAlpha events and no cursor.
    await db.providerEvent.deleteMany({ where: { provider: "WISEALPHA", providerEventId: { startsWith: "EVENT" } } });
    await db.pollCursor.deleteMany({ where: { name: WISEALPHA_CURSOR } });
  });

  afterAll(async () => {
    await sandbox?.close();
    await db.$disconnect();
  });

  /** Scenario controls that each emit one WiseAlpha event for the seed customer 10000001. */
  async function emitEvents(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${sandbox.url}/wisealpha/__sandbox/customers/10000001/documents/bank_statement:GBP/request`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ reason: `test ${i}` }),
      });
      expect(response.status).toBe(200);
    }
    // What the feed holds, read independently of the poller.
    const feed = (await (
      await fetch(`${sandbox.url}/wisealpha/v1/events/?limit=1000`, { headers: { Authorization: `Token ${API_KEY}` } })
    ).json()) as { results: { id: string }[] };
    for (const e of feed.results) ids.push(e.id);
    return ids;
  }

  const storedIds = async () =>
    (
      await db.providerEvent.findMany({
        // Other suites share this database; only this feed's events (EVENT… ids, polled) count here.
        where: { provider: "WISEALPHA", providerEventId: { startsWith: "EVENT" } },
        select: { providerEventId: true, deliveries: true, transport: true },
        orderBy: { providerEventId: "asc" },
      })
    ).map((r) => `${r.providerEventId}:${r.deliveries}:${r.transport}`);

  it("resumes after a restart without gaps or duplicates", async () => {
    const firstIds = await emitEvents(7);
    expect(firstIds).toHaveLength(7);

    let poller = startWiseAlphaPoller({ db, logger: silentLogger, options });
    await waitFor("the first 7 events", storedIds, (ids) => ids.length >= 7, 20_000);
    await poller.stop();
    expect(await storedIds()).toEqual(firstIds.map((id) => `${id}:1:POLL`));
    const cursor = await db.pollCursor.findUniqueOrThrow({ where: { name: WISEALPHA_CURSOR } });
    expect(JSON.parse(cursor.cursor)).toEqual({ offset: 7, lastId: firstIds[6] });

    // Events emitted while the worker is down are picked up from the cursor, and nothing is read twice.
    const allIds = await emitEvents(5);
    expect(allIds).toHaveLength(12);
    poller = startWiseAlphaPoller({ db, logger: silentLogger, options });
    await waitFor("all 12 events", storedIds, (ids) => ids.length >= 12, 20_000);
    // A few more rounds with nothing new must not re-store or re-deliver anything.
    await new Promise((r) => setTimeout(r, 300));
    await poller.stop();

    expect(await storedIds()).toEqual([...allIds].sort().map((id) => `${id}:1:POLL`));
    const row = await db.providerEvent.findFirstOrThrow({ where: { provider: "WISEALPHA", providerEventId: allIds[0] } });
    expect(row).toMatchObject({ type: "account.additional-document-required", customerRef: "10000001", signature: "NOT_SIGNED" });
    expect(row.payload).toMatchObject({ id: allIds[0], event_type: "account.additional-document-required" });
    expect(JSON.parse((await db.pollCursor.findUniqueOrThrow({ where: { name: WISEALPHA_CURSOR } })).cursor)).toEqual({
      offset: 12,
      lastId: allIds[11],
    });
  });
});
