import "server-only";

import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

/**
 * Failed sign-ins are counted in PostgreSQL (not in memory) so the limit holds
 * across web instances and restarts. Both limits apply: per account stops guessing
 * one password, per IP stops spraying many accounts.
 */
export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const env = getEnv();
  const since = new Date(Date.now() - env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  const db = getDb();
  const [byAccount, byIp] = await Promise.all([
    db.loginFailure.count({ where: { email, createdAt: { gte: since } } }),
    db.loginFailure.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  return byAccount >= env.LOGIN_MAX_FAILURES_PER_ACCOUNT || byIp >= env.LOGIN_MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await getDb().loginFailure.create({ data: { email, ip } });
}

/** A successful sign-in clears the account's failures (not the IP's: a sprayer may own one account). */
export async function clearSignInFailures(email: string): Promise<void> {
  await getDb().loginFailure.deleteMany({ where: { email } });
}
