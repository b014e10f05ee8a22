import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { SMALL_DATA, startTestSandbox, type TestSandbox } from "../../sandbox/test-sandbox";
import { singletonLock } from "./singleton-lock";
import { WISEALPHA_CURSOR, startWiseAlphaPoller, type WiseAlphaPollerOptions } from "./wisealpha-poller";
import { silentLogger, testDb, waitFor } from "./test-support";

const API_KEY = "wa-sandbox-super-0000000000000000000000000";
const db = testDb();
/** As start-intake.ts names it: every worker on the database competes for this one lock. */
const lockFor = () =>
  singletonLock({ connectionString: process.env.DATABASE_URL!, name: `poller:${WISEALPHA_CURSOR}`, logger: silentLogger });

/**
 * A pass-through HTTP proxy in front of the sandbox that counts the requests it forwards:
 * one per poller, so the test sees which worker called WiseAlpha's /events/.
 */
async function countingProxy(target: string) {
  const upstream = new URL(target);
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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

    let poller = startWiseAlphaPoller({ db, logger: silentLogger, options, lock: lockFor() });
    await waitFor("the first 7 events", storedIds, (ids) => ids.length >= 7, 20_000);
    await poller.stop();
    expect(await storedIds()).toEqual(firstIds.map((id) => `${id}:1:POLL`));
    const cursor = await db.pollCursor.findUniqueOrThrow({ where: { name: WISEALPHA_CURSOR } });
    expect(JSON.parse(cursor.cursor)).toEqual({ offset: 7, lastId: firstIds[6] });

    // Events emitted while the worker is down are picked up from the cursor, and nothing is read twice.
    const allIds = await emitEvents(5);
    expect(allIds).toHaveLength(12);
    poller = startWiseAlphaPoller({ db, logger: silentLogger, options, lock: lockFor() });
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
  // Several workers need a real PostgreSQL: the embedded one serves every connection from one backend,
  // so a session lock is held by all of them at once (the README's multi-machine deployment says so).
  it.skipIf(inject("databaseKind") === "embedded")(
    "polls from one worker of two; the other takes over when it stops or its database session dies",
    { timeout: 60_000 },
    async () => {
      const proxies = [await countingProxy(sandbox.url), await countingProxy(sandbox.url)];
      const start = (i: number) =>
        startWiseAlphaPoller({
          db,
          logger: silentLogger,
          options: { ...options, baseUrl: `${proxies[i]!.url}/wisealpha/v1` },
          lock: lockFor(),
        });
      const pollers = [start(0), start(1)];
      try {
        await Promise.all(pollers.map((p) => p.ready));
        const before = (await storedIds()).length;
        const ids = await emitEvents(4);
        await waitFor("the new events", storedIds, (stored) => stored.length >= before + 4, 20_000);
        // Many rounds (50 ms apart): still only one of the two may have called /events/.
        await new Promise((r) => setTimeout(r, 500));
        const counts = proxies.map((p) => p.requests());
        expect(counts.filter((n) => n > 0)).toHaveLength(1);
        const leader = counts[0]! > 0 ? 0 : 1;
        const standby = 1 - leader;
        expect(await storedIds()).toEqual([...ids].sort().map((id) => `${id}:1:POLL`));

        // The holder stops: the standby takes the lock and polls from the shared cursor.
        await pollers[leader]!.stop();
        const more = await emitEvents(3);
        await waitFor("events polled by the standby", storedIds, (stored) => stored.length >= more.length, 20_000);
        expect(proxies[standby]!.requests()).toBeGreaterThan(0);
        expect(await storedIds()).toEqual([...more].sort().map((id) => `${id}:1:POLL`));

        // The holder's database session dies (a SIGKILLed worker, a lost connection): PostgreSQL frees the
        // lock, one of the two takes it (the old holder reconnects and competes too), and polling goes on.
        pollers[leader] = start(leader);
        await pollers[leader]!.ready;
        const callsBefore = proxies[leader]!.requests();
        await new Promise((r) => setTimeout(r, 300));
        expect(proxies[leader]!.requests()).toBe(callsBefore); // a standby now
        const terminated = await db.$queryRaw<{ ok: boolean }[]>`SELECT pg_terminate_backend(pid) AS ok FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objsubid = 1
          AND objid = (hashtextextended(${`poller:${WISEALPHA_CURSOR}`}, 0) & 4294967295)::oid`;
        expect(terminated).toEqual([{ ok: true }]);
        const last = await emitEvents(2);
        await waitFor("events polled after the holder's session died", storedIds, (stored) => stored.length >= last.length, 20_000);
        expect(await storedIds()).toEqual([...last].sort().map((id) => `${id}:1:POLL`));
        const after = proxies.map((p) => p.requests());
        await new Promise((r) => setTimeout(r, 500));
        expect(proxies.map((p, i) => p.requests() - after[i]!).filter((n) => n > 0)).toHaveLength(1);
      } finally {
        await Promise.all(pollers.map((p) => p.stop()));
        await Promise.all(proxies.map((p) => p.close()));
      }
    },
  );
});
