import { afterAll, describe, expect, it } from "vitest";

import { silentLogger } from "../intake/test-support";
import { EXECUTION_LEASE_MS } from "../../lib/withdrawals/execution-lease";
import { startJobQueue, startSweptQueue } from "./job-queue";

// Under the stately policy a crashed job blocks its row until pg-boss expires it, so the
// expiry is what decides how soon a killed worker's payout resumes.
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

    const second = await startSweptQueue(boss, { ...base, expireInSeconds: EXECUTION_LEASE_MS / 1000 });
    second.stop();
    const queue = await boss.getQueue(name);
    expect(queue?.expireInSeconds).toBe(120);
    expect(queue?.policy).toBe("stately");
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
