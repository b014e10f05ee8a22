import PgBoss from "pg-boss";

import { poolTimeouts } from "../../lib/db/pool-timeouts";
import type { logger as Logger } from "../../lib/logger";

import { ensureQueue } from "./ensure-queue";

/** One pg-boss per worker process (schema `pgboss` in our database), shared by all queues. */
export async function startJobQueue(databaseUrl: string, logger: typeof Logger) {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 3, supervise: true, ...poolTimeouts() });
  let stopping = false;
  // While we end pg-boss's own pool, closed sockets are expected, not errors worth an alert.
  boss.on("error", (err) => (stopping ? logger.debug({ err }, "job queue closing") : logger.error({ err }, "job queue error")));
  boss.on("stopped", () => (stopping = true));
  const stop = boss.stop.bind(boss);
  boss.stop = (options) => {
    stopping = true;
    return stop(options);
  };
  await boss.start();
  return boss;
}

export type SweptQueueOptions = {
  name: string;
  concurrency: number;
  sweepIntervalMs: number;
  /**
   * How long pg-boss keeps a dispatched job "active" before it marks it failed. Only
   * bookkeeping: a job a dead worker left active never holds its row back (see below).
   */
  expireInSeconds?: number;
  /** Ids of the rows due now, from our own tables (the source of truth). */
  findDue(): Promise<string[]>;
  /**
   * Must be safe to run for a row that another job is running or has just finished: it
   * takes the row's own lock or lease and does nothing when the row is not due.
   */
  run(id: string): Promise<void>;
  logger: typeof Logger;
};

/**
 * A queue fed by a sweep of our own tables: our rows hold status, attempts and the
 * next due time (the UI shows them); pg-boss adds durable dispatch to competing
 * workers on any number of instances. A crash between writing a row and queueing it
 * only delays it by one sweep.
 *
 * The policy is "short" with the row id as singleton key: at most one *queued* job per
 * row however often the sweep sees it, but no limit on *active* ones. It was "stately"
 * (also at most one active), and a worker killed mid-job stalled everything (#20,
 * finding 6): its job stayed active until pg-boss expired it (5 minutes), the sweep
 * queued the row again, and pg-boss's fetch, which takes the oldest queued job, hit the
 * one-active-per-key index on that job on every poll, so no other job of the queue
 * ran either. Now a dead worker's row is queued again by the next sweep and taken at
 * once; what keeps two runs of one row apart is the row's own lock or lease (a dead
 * worker's transaction, and so its row lock, ends with its connection).
 */
export async function startSweptQueue(boss: PgBoss, options: SweptQueueOptions) {
  const { name, logger } = options;
  const queueOptions = { name, policy: "short", retryLimit: 0, expireInSeconds: options.expireInSeconds ?? 300 } as const;
  await ensureQueue(boss, queueOptions);
  // Jobs keep the policy they were queued with: a queued "stately" job left from before the upgrade
  // would still block the queue behind a dead worker's active one. The sweep queues its row again.
  await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = $1 AND policy = 'stately' AND state < 'active'`, [name]);
  const workerIds: string[] = [];
  for (let i = 0; i < options.concurrency; i++) {
    const workerId: string = await boss.work<{ id: string }>(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (!job) return;
      try {
        await options.run(job.data.id);
      } finally {
        // pg-boss waits out the polling interval after every fetch, even one that found a job, so
        // each worker ran at most one job per sweep or poll: 16 events/s with 4 workers, and a
        // 20,000-event burst took 20 minutes. A worker that found a job fetches again at once.
        boss.notifyWorker(workerId);
      }
    });
    workerIds.push(workerId);
  }

  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const due = await options.findDue();
      if (due.length > 0) {
        await boss.insert(due.map((id) => ({ name, data: { id }, singletonKey: id })));
        // Our own workers fetch what we just queued now instead of at their next poll (up to 0.5 s later):
        // a reviewer watching a case sees a provider event that much sooner. Other instances still poll.
        for (const workerId of workerIds) boss.notifyWorker(workerId);
      }
    } catch (err) {
      logger.error({ err, queue: name }, "sweep failed");
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void sweep(), options.sweepIntervalMs);
  void sweep();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
