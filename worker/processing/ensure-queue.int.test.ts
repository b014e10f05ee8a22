import { afterAll, describe, expect, it } from "vitest";

import { silentLogger } from "../intake/test-support";
import { ensureQueue } from "./ensure-queue";
import { startJobQueue } from "./job-queue";

/**
 * Two workers starting at once on a database that lacks their queues both create them; pg-boss's
 * createQueue could deadlock against the other's and one worker exited ("deadlock detected").
 */
describe("ensureQueue", () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const stops: Array<() => unknown> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("lets several workers create the same new queues at once (plain createQueue deadlocked here 3 times in 3)", async () => {
    const bosses = await Promise.all([1, 2, 3].map(() => startJobQueue(databaseUrl, silentLogger)));
    for (const boss of bosses) stops.push(() => boss.stop({ graceful: false, wait: true }));
    const run = Date.now().toString(36);
    const names = Array.from({ length: 6 }, (_, i) => `test-ensure-${run}-${i}`);
    await Promise.all(
      bosses.map(async (boss) => {
        for (const name of names) await ensureQueue(boss, { name, policy: "singleton" });
      }),
    );
    for (const name of names) expect((await bosses[0]!.getQueue(name))?.policy).toBe("singleton");
  });
});
