import type PgBoss from "pg-boss";

import type { logger as Logger } from "../../lib/logger";

import { ensureQueue } from "./ensure-queue";

export type PeriodicTask = {
  /** The pg-boss queue and schedule name. */
  name: string;
  /** From the worker's env (`…_INTERVAL_MS`); 0 turns the task off. Rounded by `cronEvery`. */
  intervalMs: number;
  /** One round this long after a worker starts, so a fresh database does not wait a whole interval. */
  firstDelayMs: number;
  /** A failed round is retried sooner than the next tick, the delay doubling from `delaySeconds` (pg-boss's backoff). */
  retry?: { limit: number; delaySeconds: number };
  /** How long a round may stay active before pg-boss gives it up: what a worker that died mid-round holds back. */
  expireInSeconds: number;
  /** One round; its result is logged. */
  run(): Promise<object>;
};

/**
 * Periodic work (the syncs and catch-ups that re-read providers) as pg-boss schedules, so one
 * instance runs each round however many workers there are (#21):
 * - the cron schedule is stored once in pg-boss's table and fires each tick once across instances;
 * - the queue's "singleton" policy lets one round be active at a time, so a slow round (the
 *   order book reads every account) is never overlapped by the next tick;
 * - each worker also asks for a first round shortly after it starts; `singletonSeconds` makes the
 *   workers that start together ask for one.
 * A round that fails is retried by pg-boss with its own backoff, not a loop of ours.
 */
export async function schedulePeriodic(boss: PgBoss, logger: typeof Logger, task: PeriodicTask) {
  const { name } = task;
  const queue = {
    name,
    policy: "singleton",
    retryLimit: task.retry?.limit ?? 0,
    retryDelay: task.retry?.delaySeconds ?? 0,
    retryBackoff: task.retry !== undefined,
    expireInSeconds: task.expireInSeconds,
  } as const;
  await ensureQueue(boss, queue);
  if (task.intervalMs <= 0) {
    await boss.unschedule(name);
    logger.info({ task: name }, "periodic task off");
    return;
  }
  await boss.schedule(name, cronEvery(task.intervalMs), {}, { tz: "UTC" });
  await boss.send(name, { first: true }, { startAfter: Math.ceil(task.firstDelayMs / 1000), singletonSeconds: 60 });
  await boss.work(name, { batchSize: 1 }, async () => {
    try {
      logger.info(await task.run(), `${name} done`);
    } catch (err) {
      logger.warn({ err }, `${name} failed; pg-boss retries it or the next tick runs it`);
      throw err;
    }
  });
}

/**
 * A cron expression for "every `intervalMs`": pg-boss schedules are cron, so the interval is
 * rounded to whole minutes (at least one), and beyond an hour to whole hours (at most a day).
 * A step that does not divide 60 (or 24) restarts at the top of the hour (or day), as cron does.
 */
export function cronEvery(intervalMs: number): string {
  const minutes = Math.max(1, Math.round(intervalMs / 60_000));
  if (minutes === 1) return "* * * * *";
  if (minutes < 60) return `*/${minutes} * * * *`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? "0 * * * *" : `0 */${hours} * * *`;
  return "0 0 * * *";
}
