import { z } from "zod";

import type { WorkerDb, WorkerTx } from "./types";

/**
 * Where the WiseAlpha /events/ poller got to. The feed has no `since`/`after` filter; it
 * is append-only, oldest first, with DRF offset pagination. So the cursor is the number
 * of events consumed (`offset`, the next page starts there) plus the id of the last one
 * (`lastId`): each poll re-reads that last event as an anchor, and if it is not where we
 * left it the feed has shifted under us and the poller re-reads from the start (the
 * unique key makes that safe). Paging from the start to the last seen id on every poll
 * would also work, but costs a full scan of the feed each time.
 */
export type EventsCursor = { offset: number; lastId: string };

const cursorSchema = z.object({ offset: z.number().int().min(0), lastId: z.string() });

export const START: EventsCursor = { offset: 0, lastId: "" };

/** The stored row as text (for the compare-and-set) and decoded; START when there is none or it is unreadable. */
export async function readCursor(db: WorkerDb, name: string): Promise<{ raw: string | null; cursor: EventsCursor }> {
  const row = await db.pollCursor.findUnique({ where: { name } });
  if (!row) return { raw: null, cursor: START };
  const parsed = cursorSchema.safeParse(safeJson(row.cursor));
  return { raw: row.cursor, cursor: parsed.success ? parsed.data : START };
}

export class CursorMovedError extends Error {
  constructor(name: string) {
    super(`Poll cursor ${name} was moved by another worker; this round is rolled back.`);
  }
}

/**
 * Writes the new cursor inside the ingest's transaction, compare-and-set on the value
 * this round started from: with two worker instances polling, the slower one rolls back
 * instead of moving the cursor backwards (its events are in the other one's commit).
 */
export async function writeCursor(tx: WorkerTx, name: string, previousRaw: string | null, next: EventsCursor): Promise<string> {
  const raw = JSON.stringify(next);
  if (previousRaw === null) {
    // Two first rounds racing: the loser's INSERT fails on the primary key and rolls back.
    await tx.pollCursor.create({ data: { name, cursor: raw } });
  } else {
    const { count } = await tx.pollCursor.updateMany({ where: { name, cursor: previousRaw }, data: { cursor: raw } });
    if (count !== 1) throw new CursorMovedError(name);
  }
  return raw;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
