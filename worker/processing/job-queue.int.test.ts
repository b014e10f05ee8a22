import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { silentLogger } from "../intake/test-support";
import { PAYOUT_JOB_EXPIRY_SECONDS } from "../../lib/withdrawals/execution-lease";
import { startJobQueue, startSweptQueue } from "./job-queue";

describe("swept queue expiry", () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const stops: Array<() => unknown> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("uses the expiry it is given, and applies a changed one to an existing queue", async () => {
    const boss = await startJobQueue(databaseUrl, silentLogger);
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    const name = `test-expiry-${Date.now().toString(36)}`;
    const base = { name, concurrency: 1, sweepIntervalMs: 60_000, findDue: async () => [], run: async () => {}, logger: silentLogger };

    const first = await startSweptQueue(boss, base);
    first.stop();
    expect((await boss.getQueue(name))?.expireInSeconds).toBe(300);

    const second = await startSweptQueue(boss, { ...base, expireInSeconds: PAYOUT_JOB_EXPIRY_SECONDS });
    second.stop();
    const queue = await boss.getQueue(name);
    expect(queue?.expireInSeconds).toBe(120);
    expect(queue?.policy).toBe("short");
  });
});

// pg-boss waits out its polling interval after every fetch, even one that found a job; the
// queue must not: a burst of due rows is worked through back to back, not one per poll.
describe("swept queue dispatch", () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const stops: Array<() => unknown> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("runs a backlog back to back instead of one job per poll", async () => {
    const boss = await startJobQueue(databaseUrl, silentLogger);
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    const name = `test-dispatch-${Date.now().toString(36)}`;
    const ids = Array.from({ length: 40 }, (_, i) => `row-${i}`);
    const ran: string[] = [];
    // One sweep (the first, at start) queues all 40; the next is a minute away. One worker
    // polling every 0.5 s would need 20 s for them; back to back they take well under one.
    const queue = await startSweptQueue(boss, {
      name,
      concurrency: 1,
      sweepIntervalMs: 60_000,
      findDue: async () => (ran.length === 0 ? ids : []),
      run: async (id) => void ran.push(id),
      logger: silentLogger,
    });
    stops.push(() => queue.stop());
    await expect.poll(() => ran.length, { timeout: 8_000, interval: 100 }).toBe(40);
    expect(new Set(ran)).toEqual(new Set(ids));
  });
});

// #20 finding 6: a worker killed mid-job leaves its pg-boss job "active" until expiry (5 minutes).
// That must neither hold its row back nor block the rows queued behind it.
describe("swept queue after a worker died", () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const stops: Array<() => unknown> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("runs the dead worker's row within seconds, and neither it nor rows posted later wait for the expiry", async () => {
    const boss = await startJobQueue(databaseUrl, silentLogger);
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    stops.push(() => sql.end());
    const name = `test-takeover-${Date.now().toString(36)}`;
    let due: string[] = [];
    const ran = new Map<string, number>();
    const queue = await startSweptQueue(boss, {
      name,
      concurrency: 2,
      sweepIntervalMs: 200,
      findDue: async () => due.filter((id) => !ran.has(id)),
      run: async (id) => void ran.set(id, Date.now()),
      logger: silentLogger,
    });
    stops.push(() => queue.stop());

    // What a SIGKILLed worker leaves behind: the row's job fetched (active, started just now) and never completed.
    await boss.insert([
      { name, data: { id: "dead-workers-row" }, singletonKey: "dead-workers-row", startAfter: new Date(Date.now() + 3_600_000) },
    ]);
    const taken = await sql.query(
      `UPDATE pgboss.job SET state = 'active', started_on = now(), start_after = now() WHERE name = $1 AND singleton_key = $2`,
      [name, "dead-workers-row"],
    );
    expect(taken.rowCount).toBe(1);

    const restartedAt = Date.now();
    due = ["dead-workers-row", "a", "b", "c"];
    await expect.poll(() => ran.size, { timeout: 10_000, interval: 100 }).toBe(4);
    // Posted after the restart: dispatched at once too.
    const postedAt = Date.now();
    due = [...due, "posted-later"];
    await expect.poll(() => ran.has("posted-later"), { timeout: 10_000, interval: 100 }).toBe(true);
    console.info(
      `[takeover] dead worker's row ran ${ran.get("dead-workers-row")! - restartedAt} ms after the restart; ` +
        `a row posted later ran ${ran.get("posted-later")! - postedAt} ms after it was due`,
    );
    expect(ran.get("dead-workers-row")! - restartedAt).toBeLessThan(5_000);
  });

  it("drops queued jobs left from the stately policy, so an upgraded queue does not stall either", async () => {
    const boss = await startJobQueue(databaseUrl, silentLogger);
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    stops.push(() => sql.end());
    const name = `test-upgrade-${Date.now().toString(36)}`;
    // Before the upgrade: a dead worker's active job, the sweep's re-queued one behind it, then another row.
    await boss.createQueue(name, { name, policy: "stately", retryLimit: 0 });
    const later = new Date(Date.now() + 3_600_000);
    await boss.insert([{ name, data: { id: "old-row" }, singletonKey: "old-row", startAfter: later }]);
    await sql.query(`UPDATE pgboss.job SET state = 'active', started_on = now(), start_after = now() WHERE name = $1`, [name]);
    await boss.insert([{ name, data: { id: "old-row" }, singletonKey: "old-row" }]);
    await boss.insert([{ name, data: { id: "other-row" }, singletonKey: "other-row" }]);

    const ran = new Set<string>();
    const queue = await startSweptQueue(boss, {
      name,
      concurrency: 1,
      sweepIntervalMs: 200,
      findDue: async () => ["old-row", "other-row"].filter((id) => !ran.has(id)),
      run: async (id) => void ran.add(id),
      logger: silentLogger,
    });
    stops.push(() => queue.stop());
    await expect.poll(() => ran.size, { timeout: 10_000, interval: 100 }).toBe(2);
  });
});
