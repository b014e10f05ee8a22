/**
 * Thrown by a handler when its event cannot apply yet because an event it follows has not
 * been processed (providers deliver out of order). processEvent keeps it FAILED with a
 * backoff like any failure, so it is never marked PROCESSED while its precondition is
 * missing, but dead-letters it only once it has waited NOT_READY_WAIT_MS: the predecessor
 * may be minutes late, and its handler wakes the waiting event at once when it arrives.
 * Its own file: handlers.ts imports the handlers, which throw this.
 */
export class EventNotReadyError extends Error {
  override name = "EventNotReadyError";
}

/** How long an event may wait for its predecessor before a person has to look at it (DEAD). */
export const NOT_READY_WAIT_MS = 24 * 3_600_000;
