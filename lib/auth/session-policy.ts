/**
 * Pure session rules, so they can be unit tested without a database or clock.
 * A session ends when revoked, when idle longer than `idleMs`, or when older than
 * `absoluteMs` since sign-in, whichever comes first.
 */
export type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

export type SessionVerdict = { valid: true } | { valid: false; reason: "revoked" | "idle" | "absolute" };

export function checkSession(session: SessionTimes, now: Date, idleMs: number, absoluteMs: number): SessionVerdict {
  if (session.revokedAt) return { valid: false, reason: "revoked" };
  if (now.getTime() - session.createdAt.getTime() > absoluteMs) return { valid: false, reason: "absolute" };
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) return { valid: false, reason: "idle" };
  return { valid: true };
}

/** lastSeenAt is written at most this often, so a busy page does not write on every request. */
export const LAST_SEEN_WRITE_INTERVAL_MS = 30_000;

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS;
}
