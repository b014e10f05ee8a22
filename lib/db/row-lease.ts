import { Prisma } from "@/generated/prisma/client";
import { backoffDelayMs } from "@/lib/backoff";
import type { RequestContext } from "@/lib/request-context";

import type { Db, Tx } from "./create-client";

/**
 * A row in `working` holds a lease of this long: it is taken again only when its retry is
 * due or its lease ran out (its worker died), so two workers never run one provider write at
 * once. The worker renews it every LEASE_RENEW_MS while an attempt runs, so an attempt may
 * take as long as its provider calls need, and a write a dead worker left is resumed within
 * about 20 s instead of waiting out a lease sized for the slowest attempt.
 */
export const LEASE_MS = 20_000;
export const LEASE_RENEW_MS = 5_000;

/** How a table's rows are run by the worker: which state an attempt starts from and which it runs in. */
type LeasedRows<T> = {
  /** Moves a `ready` row to `working` in the caller's transaction (with its audit entry). */
  start(tx: Tx, id: string, context?: RequestContext): Promise<unknown>;
  /** Counts the attempt and clears any planned retry; answers the row. */
  countAttempt(tx: Tx, id: string): Promise<T>;
};

/**
 * The execution lease of deposits (READY_TO_SEND → SENDING) and withdrawals (APPROVED →
 * EXECUTING): the same lease on another table. The lease's start is the row's `updatedAt`;
 * `nextExecutionAt` is a planned retry (null while an attempt runs).
 */
export function rowLease<T>(table: "Deposit" | "WithdrawalRequest", ready: string, working: string, rows: LeasedRows<T>) {
  // Constants of this module's callers, never input: safe as raw SQL.
  const from = Prisma.raw(`"${table}"`);
  const isReady = Prisma.raw(`state = '${ready}'`);
  const isWorking = Prisma.raw(`state = '${working}'`);
  return {
    /** SQL condition: ready, or working with its retry due or its lease run out (its worker died). */
    due: () =>
      Prisma.sql`(${isReady} OR (${isWorking} AND ("nextExecutionAt" <= now() OR ("nextExecutionAt" IS NULL AND "updatedAt" < ${new Date(Date.now() - LEASE_MS)}))))`,

    /**
     * Keeps the lease of a working row alive while this process works on it: every
     * LEASE_RENEW_MS it moves `updatedAt` (the lease's start) to now. Renewal stops with the
     * process, which is what lets another worker take over.
     */
    hold(db: Db, id: string): { release(): void } {
      const timer = setInterval(() => {
        db.$executeRaw`UPDATE ${from} SET "updatedAt" = ${new Date()} WHERE id = ${id} AND ${isWorking} AND "nextExecutionAt" IS NULL`.catch(
          () => {
            // A missed renewal only shortens the lease; the next one (or the attempt's own writes) follows.
          },
        );
      }, LEASE_RENEW_MS);
      timer.unref();
      return { release: () => clearInterval(timer) };
    },

    /**
     * Takes the lease: ready → working, or resumes a working row whose retry is due or whose
     * lease ran out. Null when another worker holds it or there is nothing to do. The row lock
     * makes simultaneous calls take it exactly once.
     */
    async begin(db: Db, id: string, now: Date, context?: RequestContext): Promise<T | null> {
      return db.$transaction(async (tx) => {
        const [locked] = await tx.$queryRaw<{ state: string; nextExecutionAt: Date | null; updatedAt: Date }[]>`
          SELECT state::text, "nextExecutionAt", "updatedAt" FROM ${from} WHERE id = ${id} FOR UPDATE`;
        if (!locked || (locked.state !== ready && locked.state !== working)) return null;
        if (locked.state === working) {
          const retryDue = locked.nextExecutionAt !== null && locked.nextExecutionAt <= now;
          const leaseExpired = locked.nextExecutionAt === null && now.getTime() - locked.updatedAt.getTime() > LEASE_MS;
          if (!retryDue && !leaseExpired) return null;
        }
        if (locked.state === ready) await rows.start(tx, id, context);
        return rows.countAttempt(tx, id);
      });
    },
  };
}

/** When a failed attempt `attempts` is tried again: backoff from 30 s, doubling, at most an hour. */
export function nextAttemptAt(attempts: number, now: Date): Date {
  return new Date(now.getTime() + backoffDelayMs(attempts, { baseMs: 30_000, capMs: 3_600_000 }));
}
