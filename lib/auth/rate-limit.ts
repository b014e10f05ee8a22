import "server-only";

import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

/**
 * Failed sign-ins are counted in PostgreSQL (not in memory) so the limit holds
 * across web instances and restarts. Both limits apply: per account stops guessing
 * one password, per IP stops spraying many accounts.
 *
 * Counting and deciding must be one atomic step: checking the count and inserting the
 * failure only after the (slow, argon2) password check let 100 concurrent guesses all
 * see "4 failures so far" and all be evaluated. So an attempt is *reserved* before the
 * credential is checked: under a transaction-level advisory lock per account and per
 * IP, the window is counted and, if there is room, a failure row is inserted at once.
 * A successful sign-in deletes the account's rows (its reservation with them).
 */
export async function reserveSignInAttempt(email: string, ip: string | null): Promise<boolean> {
  const env = getEnv();
  const since = new Date(Date.now() - env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  return getDb().$transaction(
    async (tx) => {
      // Always account first, then IP: every transaction takes them in the same order, so none deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
      if (ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:ip:${ip}`}, 0))`;
      const byAccount = await tx.loginFailure.count({ where: { email, createdAt: { gte: since } } });
      if (byAccount >= env.LOGIN_MAX_FAILURES_PER_ACCOUNT) return false;
      // An unknown IP (no trusted proxy, or a value that is not an address) is not one sender:
      // one shared bucket would let anyone lock out everybody without an IP. The account limit still holds.
      if (ip) {
        const byIp = await tx.loginFailure.count({ where: { ip, createdAt: { gte: since } } });
        if (byIp >= env.LOGIN_MAX_FAILURES_PER_IP) return false;
      }
      await tx.loginFailure.create({ data: { email, ip: ip ?? UNKNOWN_IP } });
      return true;
    },
    // 100 concurrent attempts queue for the pool and the lock; each holds them for milliseconds.
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** What LoginFailure.ip holds when the caller's address is unknown (the column is not null). */
export const UNKNOWN_IP = "unknown";

/** Read-only: whether the account or IP has used up its window (for pages that only show it). */
export async function isSignInBlocked(email: string, ip: string | null): Promise<boolean> {
  const env = getEnv();
  const since = new Date(Date.now() - env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  const db = getDb();
  const [byAccount, byIp] = await Promise.all([
    db.loginFailure.count({ where: { email, createdAt: { gte: since } } }),
    ip ? db.loginFailure.count({ where: { ip, createdAt: { gte: since } } }) : 0,
  ]);
  return byAccount >= env.LOGIN_MAX_FAILURES_PER_ACCOUNT || byIp >= env.LOGIN_MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(email: string, ip: string | null): Promise<void> {
  await getDb().loginFailure.create({ data: { email, ip: ip ?? UNKNOWN_IP } });
}

/** A successful sign-in clears the account's failures (not the IP's: a sprayer may own one account). */
export async function clearSignInFailures(email: string): Promise<void> {
  await getDb().loginFailure.deleteMany({ where: { email } });
}
