import { z } from "zod";

import { INT8_MAX } from "./storable";

import { keysetCursor, optionalDate, optionalEnum, optionalText } from "./url-filters";

export const EVENT_PROVIDERS = ["INVESTSUITE", "WISEALPHA", "CASHLINK"] as const;
export const EVENT_STATUSES = ["PENDING", "PROCESSED", "UNHANDLED", "FAILED", "DEAD"] as const;

/** Event-log filters as they live in the URL (also the input of bulk replay and export). */
export const eventFilterSchema = z.object({
  provider: optionalEnum(EVENT_PROVIDERS),
  type: optionalText,
  status: optionalEnum(EVENT_STATUSES),
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

/** An event id as decimal text within int8 (an id beyond it would fail in PostgreSQL, not here). */
const eventIdText = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "Event id must be a positive whole number.")
  // zod runs this even when the regex failed: BigInt("abc") would throw instead of refusing.
  .refine((v) => !/^\d+$/.test(v) || BigInt(v) <= INT8_MAX, "Event id is too large.");

export const replayEventSchema = z.object({ eventId: eventIdText });

/** Bulk replay works through the matching failed events in chunks so the UI can show progress. */
export const replayFailedEventsSchema = z.object({
  // Payload text search is not an index-backed filter the bulk replay can apply chunk by
  // chunk, so it is refused rather than silently ignored (which would replay more than shown).
  filter: eventFilterSchema.omit({ before: true }).extend({
    q: z.string().max(0, "Bulk replay cannot filter by payload text; clear that filter first.").optional(),
  }),
  /** Continue after this event id (exclusive); absent for the first chunk. */
  afterId: eventIdText.optional(),
  chunkSize: z.number().int().min(1).max(500).default(100),
});
