import Link from "next/link";

import { DateTime } from "@/components/ui/date-time";
import { TEXT_SEARCH_HOURS, textSearchFrom } from "@/lib/events/event-where-sql";
import type { EventFilter } from "@/lib/validations/events";

const DAY_MS = 86_400_000;
const WIDER_DAYS = [7, 30, 90] as const;

/** The whole minute, as an instant with its zone (`…Z`): the filter bar shows it in the person's zone. */
function minuteUtc(date: Date): string {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString();
}

/**
 * Says how far back a payload text search looked when the person set no From (the
 * window in event-where-sql.ts), and offers wider windows in one click, so an empty
 * result is never mistaken for "this text was never received".
 */
export function TextSearchWindow({ filter, params }: { filter: EventFilter; params: Record<string, string> }) {
  const start = textSearchFrom(filter);
  if (!start) return null;
  const end = filter.to ?? new Date();
  const widerHref = (days: number) =>
    `/events?${new URLSearchParams({ ...params, from: minuteUtc(new Date(end.getTime() - days * DAY_MS)) }).toString()}`;
  return (
    <p className="mb-3 rounded-md bg-sky-50 p-2 text-sm text-sky-900" data-testid="text-search-window">
      Payload text is searched in events received since <DateTime value={start} zoneName /> (the {TEXT_SEARCH_HOURS} hours before{" "}
      {filter.to ? "To" : "now"}), which keeps the search fast. Search further back:{" "}
      {WIDER_DAYS.map((days, i) => (
        <span key={days}>
          {i > 0 && " · "}
          <Link className="underline" href={widerHref(days)}>
            {days} days
          </Link>
        </span>
      ))}{" "}
      (each takes longer), or set From yourself.
    </p>
  );
}
