import type { Db } from "@/lib/db/create-client";

export type ProcessingHealth = {
  status: "ok" | "degraded";
  detail: string;
  /** Seconds the oldest event that is due now (not backing off) has waited; 0 when none waits. */
  lagSeconds: number;
  dueSince: string | null;
};

/**
 * Event processing lag: how long the oldest event that is due now has been waiting. A
 * live worker heartbeat alone said "fine" while a crashed worker's jobs stalled all
 * processing for minutes (#20, finding 6); lag is what the operator cares about. An
 * event backing off after a failure (nextAttemptAt in the future) is not lag, and is
 * counted from when it became due again. PENDING rows are read in id order (index
 * status, id), so the query stays cheap under a backlog of millions.
 */
export async function checkProcessingLag(db: Pick<Db, "$queryRaw">, maxLagSeconds: number, now = new Date()): Promise<ProcessingHealth> {
  const [row] = await db.$queryRaw<{ dueSince: Date | null }[]>`
    SELECT LEAST(
      (SELECT COALESCE("nextAttemptAt", "receivedAt") FROM "ProviderEvent"
        WHERE status = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now()) ORDER BY id LIMIT 1),
      (SELECT min("nextAttemptAt") FROM "ProviderEvent" WHERE status = 'FAILED' AND "nextAttemptAt" <= now())
    ) AS "dueSince"`;
  const dueSince = row?.dueSince ?? null;
  const lagSeconds = dueSince ? Math.max(0, Math.round((now.getTime() - dueSince.getTime()) / 1000)) : 0;
  if (lagSeconds > maxLagSeconds) {
    return {
      status: "degraded",
      detail: `the oldest due event has waited ${lagSeconds} s (limit ${maxLagSeconds} s)`,
      lagSeconds,
      dueSince: dueSince!.toISOString(),
    };
  }
  return {
    status: "ok",
    detail: dueSince ? `the oldest due event has waited ${lagSeconds} s` : "no event waiting",
    lagSeconds,
    dueSince: dueSince?.toISOString() ?? null,
  };
}
