"use server";

import { areaAction, done } from "@/lib/actions/safe-action";
import { replayEvent, replayFailedEvents } from "@/lib/events/replay-events";
import { replayEventSchema, replayFailedEventsSchema } from "@/lib/validations/events";

const replay = areaAction("events.replay");

export const replayEventAction = replay(
  "replayEvent",
  replayEventSchema,
  (input, { user }) => done(replayEvent(user, BigInt(input.eventId))),
  "/events",
);

export const replayFailedEventsAction = replay("replayFailedEvents", replayFailedEventsSchema, (input, { user }) =>
  replayFailedEvents(user, input.filter, input.afterId ? BigInt(input.afterId) : undefined, input.chunkSize),
);
