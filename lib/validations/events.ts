import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

const optionalDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = new Date(v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date.` });
      return z.NEVER;
    }
    return date;
  });

/** Event-log filters as they live in the URL (also the input of bulk replay and export). */
export const eventFilterSchema = z.object({
  provider: z.enum(["INVESTSUITE", "WISEALPHA", "CASHLINK"]).optional().or(z.literal("").transform(() => undefined)),
  type: optionalText,
  status: z.enum(["PENDING", "PROCESSED", "UNHANDLED", "FAILED", "DEAD"]).optional().or(z.literal("").transform(() => undefined)),
  /** Any entity reference: portfolio, user, customer, account, order or investment id. */
  entity: optionalText,
  from: optionalDate,
  to: optionalDate,
  /** Text anywhere in the payload. */
  q: optionalText,
  /** Keyset cursor: events with an id below this one. */
  before: z.string().regex(/^\d+$/, "Cursor must be a number.").optional(),
});

export type EventFilter = z.infer<typeof eventFilterSchema>;

export const replayEventSchema = z.object({ eventId: z.string().regex(/^\d+$/, "Event id must be a number.") });

/** Bulk replay works through the matching failed events in chunks so the UI can show progress. */
export const replayFailedEventsSchema = z.object({
  filter: eventFilterSchema.omit({ before: true }),
  /** Continue after this event id (exclusive); absent for the first chunk. */
  afterId: z.string().regex(/^\d+$/).optional(),
  chunkSize: z.number().int().min(1).max(500).default(100),
});
