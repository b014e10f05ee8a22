import { z } from "zod";

import { keysetCursor, optionalDate, optionalEnum, optionalText } from "./url-filters";

/** Event-log filters as they live in the URL (also the input of bulk replay and export). */
export const eventFilterSchema = z.object({
  provider: optionalEnum(["INVESTSUITE", "WISEALPHA", "CASHLINK"]),
  type: optionalText,
  status: optionalEnum(["PENDING", "PROCESSED", "UNHANDLED", "FAILED", "DEAD"]),
  /** Any entity reference: portfolio, user, customer, account, order or investment id. */
  entity: optionalText,
  from: optionalDate,
  to: optionalDate,
  /** Text anywhere in the payload. */
  q: optionalText,
  /** Keyset cursor: events with an id below this one. */
  before: keysetCursor,
});

export type EventFilter = z.infer<typeof eventFilterSchema>;

export const replayEventSchema = z.object({ eventId: z.string().regex(/^\d+$/, "Event id must be a number.") });

/** Bulk replay works through the matching failed events in chunks so the UI can show progress. */
export const replayFailedEventsSchema = z.object({
  // Payload text search is not an index-backed filter the bulk replay can apply chunk by
  // chunk, so it is refused rather than silently ignored (which would replay more than shown).
  filter: eventFilterSchema.omit({ before: true }).extend({
    q: z.string().max(0, "Bulk replay cannot filter by payload text; clear that filter first.").optional(),
  }),
  /** Continue after this event id (exclusive); absent for the first chunk. */
  afterId: z.string().regex(/^\d+$/).optional(),
  chunkSize: z.number().int().min(1).max(500).default(100),
});
