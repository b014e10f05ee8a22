"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { replayEvent, replayFailedEvents } from "@/lib/events/replay-events";
import { replayEventSchema, replayFailedEventsSchema } from "@/lib/validations/events";

export const replayEventAction = actionClient
  .metadata({ name: "replayEvent", permission: "events.replay" })
  .inputSchema(replayEventSchema)
  .action(async ({ parsedInput, ctx }) => {
    await replayEvent(ctx.user, BigInt(parsedInput.eventId));
    revalidatePath("/events");
    return { ok: true };
  });

export const replayFailedEventsAction = actionClient
  .metadata({ name: "replayFailedEvents", permission: "events.replay" })
  .inputSchema(replayFailedEventsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await replayFailedEvents(
      ctx.user,
      parsedInput.filter,
      parsedInput.afterId ? BigInt(parsedInput.afterId) : undefined,
      parsedInput.chunkSize,
    );
    return result;
  });
