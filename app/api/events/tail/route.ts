// GET /api/events/tail - events newer than ?after= matching the list filters, oldest first, for the live log
import { NextResponse } from "next/server";

import { parsedOrInvalid } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { parseEventFilter } from "@/lib/events/event-filter-params";
import { toEventRowView } from "@/lib/events/event-row";
import { findEventsAfter, TAIL_LIMIT } from "@/lib/events/find-events";
import { AppError } from "@/lib/errors";
import { parseBigIntId } from "@/lib/validations/url-filters";

export const GET = withPermission("events.read", async (request, { user }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  // "0" (or none) is the start; anything else must be an id within int8, or PostgreSQL overflows (a 500).
  const after = params.after === undefined || params.after === "0" ? 0n : parseBigIntId(params.after);
  if (after === undefined) throw new AppError("INVALID", "after: must be an event id.");
  const filter = parsedOrInvalid(parseEventFilter(params));

  const rows = await findEventsAfter(filter, after, TAIL_LIMIT);
  // `more` tells the client a burst exceeded one answer, so it asks again at once rather than in a second.
  return NextResponse.json(
    { events: rows.map((row) => toEventRowView(row, user.role)), more: rows.length === TAIL_LIMIT },
    { headers: { "cache-control": "no-store" } },
  );
});
