import Link from "next/link";

import { formatUtc } from "@/lib/events/event-row";
import { TEXT_SEARCH_HOURS, textSearchFrom } from "@/lib/events/event-where-sql";
import type { EventFilter } from "@/lib/validations/events";

const DAY_MS = 86_400_000;
const WIDER_DAYS = [7, 30, 90] as const;

/** `YYYY-MM-DDTHH:mm` in UTC: what the From field (datetime-local, read as UTC) shows and submits. */
function minuteUtc(date: Date): string {
  return date.toISOString().slice(0, 16);
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
      Payload text is searched in events received since {formatUtc(start.toISOString())} UTC (the {TEXT_SEARCH_HOURS} hours before{" "}
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
