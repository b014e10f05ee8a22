import type PgBoss from "pg-boss";

/** PostgreSQL's "deadlock detected". */
const DEADLOCK = "40P01";

/**
 * Creates the pg-boss queue if it is missing and applies `options` to it (createQueue leaves an
 * existing queue as it was; updateQueue applies a changed policy, retries or expiry on upgrade).
 * Retried on a deadlock: two workers starting at once on a database that lacks the queue (a fresh
 * one, or an upgrade that adds a queue) both create it, and pg-boss's createQueue (a partition and
 * its table) can deadlock against the other's; PostgreSQL then aborts one, which simply tries again.
 */
export async function ensureQueue(boss: PgBoss, options: PgBoss.Queue, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(options.name, options);
      await boss.updateQueue(options.name, options);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}
