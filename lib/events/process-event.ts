import type { Db } from "@/lib/db/create-client";

import { EventNotReadyError, NOT_READY_WAIT_MS } from "./event-not-ready";
import { handleOne, handlerKey, type HandlerRegistry } from "./handlers";
import { backoffDelayMs } from "../backoff";

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 5_000, maxDelayMs: 3_600_000 };

export type ProcessOutcome = "processed" | "unhandled" | "failed" | "dead" | "skipped";

/**
 * Processes one stored event: its handler runs in a transaction that holds the
 * row lock, so two workers never run the same event at once and the status
 * commits with the handler's changes. Unknown types are UNHANDLED, not failures.
 * A failure is recorded with its message and a backoff time; after the last
 * attempt the event is DEAD (dead-lettered) and waits for a person to replay it.
 * An event that is not due (backing off) is skipped: a caller may ask for a row
 * that another run has just taken or failed, and that must not spend a retry early
 * (due by the database's clock, which the claim and the wake-ups use, or by ours).
 * The worker does not call this: it claims batches (process-batch.ts, same outcomes,
 * plus per-entity order); this one event at a time serves tests and single replays.
 * An event waiting for its predecessor
 * (EventNotReadyError) retries like a failure but is dead-lettered only after
 * NOT_READY_WAIT_MS.
 */
export async function processEvent(
  db: Db,
  eventId: bigint,
  handlers: HandlerRegistry,
  policy = DEFAULT_RETRY_POLICY,
  now = () => new Date(),
): Promise<ProcessOutcome> {
  let attempts = 0;
  let receivedAt = now();
  try {
    return await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM "ProviderEvent"
         WHERE id = ${eventId} AND status IN ('PENDING', 'FAILED') AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= GREATEST(now(), ${now()}))
           FOR UPDATE SKIP LOCKED`;
      if (!locked) return "skipped";
      const event = await tx.providerEvent.findUniqueOrThrow({
        where: { id: eventId },
        select: { id: true, provider: true, type: true, payload: true, attempts: true, receivedAt: true },
      });
      attempts = event.attempts + 1;
      receivedAt = event.receivedAt;
      const handler = handlers[handlerKey(event.provider, event.type)];
      if (handler) await handleOne(handler, tx, event);
      await tx.providerEvent.update({
        where: { id: eventId },
        data: { status: handler ? "PROCESSED" : "UNHANDLED", attempts, processedAt: now(), lastError: null, nextAttemptAt: null },
      });
      return handler ? "processed" : "unhandled";
    });
  } catch (error) {
    if (attempts === 0) throw error; // failed before the handler ran (database down): nothing to record
    const failure = failureOf(error, { attempts, receivedAt }, policy, now());
    await db.providerEvent.update({ where: { id: eventId }, data: failure });
    return failure.status === "DEAD" ? "dead" : "failed";
  }
}

export type FailureRecord = { status: "FAILED" | "DEAD"; attempts: number; lastError: string; nextAttemptAt: Date | null };

/**
 * What a failed attempt records, for processEvent and the batch (process-batch.ts) alike: the
 * error, and a backoff time or, after the last attempt, DEAD. An event waiting for its
 * predecessor (EventNotReadyError) stays FAILED until it has waited NOT_READY_WAIT_MS.
 */
export function failureOf(error: unknown, event: { attempts: number; receivedAt: Date }, policy: RetryPolicy, at: Date): FailureRecord {
  const waiting = error instanceof EventNotReadyError && at.getTime() - event.receivedAt.getTime() < NOT_READY_WAIT_MS;
  const isDead = event.attempts >= policy.maxAttempts && !waiting;
  return {
    status: isDead ? "DEAD" : "FAILED",
    attempts: event.attempts,
    lastError: describe(error),
    nextAttemptAt: isDead ? null : new Date(at.getTime() + backoffMs(event.attempts, policy)),
  };
}

/** Exponential backoff with full jitter in its upper half, so a burst of failures does not retry in lockstep. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  return backoffDelayMs(attempt, { baseMs: policy.baseDelayMs, capMs: policy.maxDelayMs, jitter: "equal", random });
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 2000);
}
