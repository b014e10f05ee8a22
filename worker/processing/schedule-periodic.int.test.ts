import { afterAll, describe, expect, it } from "vitest";

import { silentLogger } from "../intake/test-support";
import { startJobQueue } from "./job-queue";
import { schedulePeriodic } from "./schedule-periodic";

// Periodic work is a pg-boss schedule (#21): one round per tick however many workers run.
describe("periodic work as pg-boss schedules", () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const stops: Array<() => unknown> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  async function worker() {
    const boss = await startJobQueue(databaseUrl, silentLogger);
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    return boss;
  }

  it("two workers starting together run the first round once and store one schedule", async () => {
    const name = `test-periodic-${Date.now().toString(36)}`;
    const rounds: string[] = [];
    const task = (who: string) => ({
      name,
      intervalMs: 600_000,
      firstDelayMs: 0,
      expireInSeconds: 60,
      run: async () => {
        rounds.push(who);
        await new Promise((r) => setTimeout(r, 200));
        return {};
      },
    });
    const [a, b] = await Promise.all([worker(), worker()]);
    await schedulePeriodic(a, silentLogger, task("a"));
    await schedulePeriodic(b, silentLogger, task("b"));

    await expect.poll(() => rounds.length, { timeout: 15_000, interval: 100 }).toBe(1);
    // Both workers poll every 2 s: had each queued its own first round, the second would run by now.
    await new Promise((r) => setTimeout(r, 4_500));
    expect(rounds).toHaveLength(1);
    const schedules = (await a.getSchedules()).filter((s) => s.name === name);
    expect(schedules).toHaveLength(1);
    expect(schedules[0]).toMatchObject({ cron: "*/10 * * * *", timezone: "UTC" });
  });

  it("retries a failed round with pg-boss's backoff, and an interval of 0 removes the schedule", async () => {
    const name = `test-periodic-retry-${Date.now().toString(36)}`;
    let attempts = 0;
    const boss = await worker();
    const task = {
      name,
      intervalMs: 60_000,
      firstDelayMs: 0,
      retry: { limit: 2, delaySeconds: 1 },
      expireInSeconds: 60,
      run: async () => {
        attempts += 1;
        if (attempts < 2) throw new Error("provider not reachable yet");
        return { ok: true };
      },
    };
    await schedulePeriodic(boss, silentLogger, task);
    await expect.poll(() => attempts, { timeout: 20_000, interval: 200 }).toBe(2);
    expect((await boss.getSchedules()).some((s) => s.name === name)).toBe(true);

    await schedulePeriodic(boss, silentLogger, { ...task, intervalMs: 0 });
    expect((await boss.getSchedules()).some((s) => s.name === name)).toBe(false);
  });
});
