import "server-only";

import { Prisma } from "@/generated/prisma/client";
import type { EventStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import type { EventFilter } from "@/lib/validations/events";

import { eventWhereSql } from "./event-where-sql";

const STATUSES: EventStatus[] = ["PENDING", "PROCESSED", "UNHANDLED", "FAILED", "DEAD"];

/**
 * Up to this many matching events (by the planner's estimate) are counted exactly. Beyond
 * it an exact count reads every matching row's heap page: 130 ms unfiltered and
 * 300–400 ms for a provider or type prefix on 1M events (bench), for a number nobody
 * reads to the last digit.
 */
export const EXACT_COUNT_LIMIT = 20_000;

export type StatusCount = { count: number; approximate: boolean };
export type StatusCounts = Record<EventStatus, StatusCount>;

type Filter = Omit<EventFilter, "before">;

/**
 * Counts per status for the filter, ignoring its status (so every status shows what
 * choosing it would give). Exact when the filter matches few events (an entity, a day,
 * a small log: what people drill into). Otherwise each status is still exact when it
 * alone is rare and nothing but the status filters — an index-only count on
 * (status, id), so failures and dead letters are never a guess — and the rest are the
 * planner's estimates from table statistics, marked approximate ("≈" on the page).
 * Statuses left out of `only` are not estimated and come back as NaN.
 */
export async function countEventsByStatus(filter: Filter, only: readonly EventStatus[] = STATUSES): Promise<StatusCounts> {
  const rest = { ...filter, status: undefined };
  const where = eventWhereSql(rest);
  if ((await estimateRows(where)) <= EXACT_COUNT_LIMIT) return exactCounts(where);

  const unfiltered = !rest.provider && !rest.type && !rest.entity && !rest.from && !rest.to && !rest.q;
  // `only`: a caller that shows a few statuses (the home's cards) does not pay for the others' estimates.
  const entries = await Promise.all(
    STATUSES.map(async (status): Promise<[EventStatus, StatusCount]> => {
      if (!only.includes(status)) return [status, { count: Number.NaN, approximate: true }];
      const byStatus = Prisma.sql`${where} AND "status" = ${status}::"EventStatus"`;
      const estimate = await estimateRows(byStatus);
      // The status alone is estimated from its own statistics (close), so a status far above the limit is not counted in vain.
      if (unfiltered && estimate <= EXACT_COUNT_LIMIT) {
        const exact = await boundedCount(byStatus, EXACT_COUNT_LIMIT);
        if (exact <= EXACT_COUNT_LIMIT) return [status, { count: exact, approximate: false }];
        // More than the statistics knew of (they lag a burst of failures): at least what was counted.
        return [status, { count: Math.max(estimate, exact), approximate: true }];
      }
      return [status, { count: estimate, approximate: true }];
    }),
  );
  return Object.fromEntries(entries) as StatusCounts;
}

async function exactCounts(where: Prisma.Sql): Promise<StatusCounts> {
  const rows = await getDb().$queryRaw<{ status: EventStatus; n: number }[]>`
    SELECT "status", count(*)::int AS "n" FROM "ProviderEvent" WHERE ${where} GROUP BY "status"`;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, { count: 0, approximate: false }])) as StatusCounts;
  for (const row of rows) counts[row.status].count = row.n;
  return counts;
}

/** Counts at most limit + 1 rows: "more than the limit" costs no more than the limit. */
async function boundedCount(where: Prisma.Sql, limit: number): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "ProviderEvent" WHERE ${where} LIMIT ${limit + 1}) AS "matching"`;
  return row?.n ?? 0;
}

/** The planner's row estimate (a millisecond: no row is read). */
async function estimateRows(where: Prisma.Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "ProviderEvent" WHERE ${where}`;
  return Math.round(row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
}
