import "server-only";

import type { EventFilter } from "@/lib/validations/events";

import { countEventsByStatus } from "./count-events-by-status";
import { eventsPerTypeOverTime, findEvents, latestEventId, type TimeBucket } from "./find-events";

const HOUR = 3_600_000;

/** The chart covers the filter's period, or the last 24 hours; buckets fine enough to see a gap, coarse enough to read. */
export function chartPeriod(from: Date | undefined, to: Date | undefined): { from: Date; to: Date; bucket: TimeBucket } {
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - 24 * HOUR);
  const span = end.getTime() - start.getTime();
  return { from: start, to: end, bucket: span <= 3 * HOUR ? "minute" : span <= 3 * 24 * HOUR ? "hour" : "day" };
}

/** Everything the Events page awaits for one request, in parallel (also what `npm run bench` times as "whole page"). */
export async function loadEventsPage(filter: EventFilter) {
  const period = chartPeriod(filter.from, filter.to);
  const [list, counts, points, newestId] = await Promise.all([
    findEvents(filter),
    countEventsByStatus(filter),
    eventsPerTypeOverTime({ ...filter, from: period.from, to: period.to }, period.bucket),
    latestEventId(),
  ]);
  return { ...list, counts, points, newestId, period };
}
