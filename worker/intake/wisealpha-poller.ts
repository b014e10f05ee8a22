import { z } from "zod";

import { wiseAlphaEventSchema, wiseAlphaToStored } from "../../lib/events/envelopes/wisealpha";
import { isDataError } from "../../lib/events/data-error";
import { ingestEvents, type IngestMeta } from "../../lib/events/ingest";
import { unstorableJsonProblem } from "../../lib/events/storable-payload";
import { storableEvent } from "../../lib/events/stored-event";
import type { StoredEventInput } from "../../lib/events/stored-event";
import { providerFetch, type FetchLike } from "../../lib/providers/http";
import { sleep } from "./backoff";
import { readCursor, START, writeCursor, type EventsCursor } from "./poll-cursor";
import { rawArrayItems } from "./raw-json-items";
import { recordRejections, type Rejection } from "./rejections";
import type { SingletonLock } from "./singleton-lock";
import type { IntakePart, Logger, WorkerDb } from "./types";

const META: IngestMeta = { provider: "WISEALPHA", transport: "POLL", signature: "NOT_SIGNED" };
export const WISEALPHA_CURSOR = "wisealpha.events";

const pageSchema = z.object({ count: z.number().int(), next: z.string().nullable(), results: z.array(z.unknown()) });

export type WiseAlphaPollerOptions = {
  baseUrl: string;
  apiKey: string;
  intervalMs: number;
  /** The sandbox caps `limit` at 1000 (DRF max_limit); 500 keeps one transaction short. */
  pageSize?: number;
  cursorName?: string;
};

type PageItem = { raw: string; id: string; value: unknown };

/**
 * Polls WiseAlpha's /events/ feed, the safety net behind its webhooks: a webhook lost
 * after its 5 attempts still arrives here, and the unique key makes the overlap harmless.
 * Every round reads pages until caught up; each page's events and the advanced cursor
 * are committed in one transaction, so a crash between pages resumes at the last
 * committed page, neither skipping nor re-storing events (cursor design: poll-cursor.ts).
 *
 * With several workers only the one holding `lock` polls (singleton-lock.ts); the others try
 * to take it every interval, so one takes over within an interval of the holder stopping. The
 * cursor's compare-and-set still guards a hand-over (an old holder finishing its page).
 */
export function startWiseAlphaPoller({
  db,
  logger,
  options,
  lock,
}: {
  db: WorkerDb;
  logger: Logger;
  options: WiseAlphaPollerOptions;
  /** Held while this instance polls: one poller across all workers on the database. */
  lock: SingletonLock;
}): IntakePart {
  const log = logger.child({ component: "wisealpha-poller" });
  const stopSignal = new AbortController();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const running = (async () => {
    while (!stopSignal.signal.aborted) {
      try {
        // A standby is ready too: it is running, and polls once the holder goes away.
        if (await lock.acquire()) {
          const stored = await pollUntilCaughtUp(db, log, options, stopSignal.signal);
          if (stored > 0) log.info({ stored }, "wisealpha events polled");
        }
        markReady();
      } catch (err) {
        if (!stopSignal.signal.aborted) log.warn({ err }, "wisealpha poll failed; next round retries");
      }
      await sleep(options.intervalMs, stopSignal.signal);
    }
  })();

  return {
    ready,
    async stop() {
      stopSignal.abort();
      await running;
      // After the last round's commit: a standby takes over from a cursor that no longer moves.
      await lock.release();
      log.info("wisealpha poller stopped");
    },
  };
}

/** One round: fetch and commit pages until the feed has nothing new. Returns the number of new rows. */
export async function pollUntilCaughtUp(db: WorkerDb, log: Logger, options: WiseAlphaPollerOptions, signal?: AbortSignal): Promise<number> {
  const name = options.cursorName ?? WISEALPHA_CURSOR;
  let { raw: storedRaw, cursor } = await readCursor(db, name);
  let stored = 0;
  for (;;) {
    // Start one before the cursor to see the anchor event again.
    const page = await fetchPage(options, Math.max(0, cursor.offset - 1), signal);
    let fresh = page.items;
    if (cursor.offset > 0) {
      if (page.items[0]?.id !== cursor.lastId) {
        log.warn({ cursor, found: page.items[0]?.id ?? null }, "wisealpha /events/ shifted under the cursor; re-reading from the start");
        cursor = START;
        continue;
      }
      fresh = page.items.slice(1);
    }
    if (fresh.length === 0) return stored;

    const events: StoredEventInput[] = [];
    const rejections: Rejection[] = [];
    for (const item of fresh) {
      // Recorded and skipped: one malformed or unstorable event must not stop the feed behind it.
      const checked = checkItem(item);
      if (checked.ok) events.push(checked.event);
      else rejections.push({ reason: checked.reason, body: item.raw });
    }
    const next: EventsCursor = { offset: cursor.offset + fresh.length, lastId: fresh[fresh.length - 1]!.id };
    const previousRaw = storedRaw;
    const commitPage = (stored: StoredEventInput[], refused: Rejection[]) =>
      db.$transaction(
        async (tx) => {
          const ingested = await ingestEvents(tx, META, stored);
          await recordRejections(tx, "WISEALPHA", "POLL", refused);
          storedRaw = await writeCursor(tx, name, previousRaw, next);
          return ingested;
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
    const result = await commitPage(events, rejections).catch(async (err: unknown) => {
      // An event PostgreSQL refuses would fail this page on every round and wedge the cursor:
      // find it (each alone, rolled back), record it as refused and commit the rest.
      if (!isDataError(err)) throw err;
      const refused = await refusedByDatabase(db, events);
      return commitPage(
        events.filter((e) => !refused.has(e)),
        [...rejections, ...[...refused].map((e) => ({ reason: DATABASE_REFUSED, body: e.rawPayload }))],
      );
    });
    stored += result.stored;
    cursor = next;
    if (page.next === null) return stored;
  }
}

const DATABASE_REFUSED = "The database cannot store this event (a value is out of range or too large).";

/** The page item as an event to store, or why not (the checks every transport makes: storable-payload.ts, envelope, refs). */
function checkItem(item: PageItem): { ok: true; event: StoredEventInput } | { ok: false; reason: string } {
  const problem = unstorableJsonProblem(item.raw);
  if (problem) return { ok: false, reason: problem };
  const parsed = wiseAlphaEventSchema.safeParse(item.value);
  if (!parsed.success) {
    return {
      ok: false,
      reason: `Event does not match the schema: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    };
  }
  return storableEvent(wiseAlphaToStored(parsed.data, item.raw));
}

/** The events PostgreSQL itself refuses, each tried alone in a transaction that is always rolled back. */
async function refusedByDatabase(db: WorkerDb, events: StoredEventInput[]): Promise<Set<StoredEventInput>> {
  const refused = new Set<StoredEventInput>();
  const rollback = new Error("rollback");
  for (const event of events) {
    await db
      .$transaction(async (tx) => {
        await ingestEvents(tx, META, [event]);
        throw rollback;
      })
      .catch((err: unknown) => {
        if (err === rollback) return;
        if (isDataError(err)) refused.add(event);
        else throw err;
      });
  }
  return refused;
}

async function fetchPage(
  options: WiseAlphaPollerOptions,
  offset: number,
  signal?: AbortSignal,
): Promise<{ items: PageItem[]; next: string | null }> {
  let rawBody = "";
  // providerFetch parses the body; we also need its text to store each event as sent.
  const keepText: FetchLike = async (url, init) => {
    const response = await fetch(url, init);
    rawBody = await response.text();
    const nullBody = response.status === 204 || response.status === 304;
    return new Response(nullBody ? null : rawBody, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  const page = await providerFetch({
    provider: "wisealpha",
    baseUrl: options.baseUrl,
    path: "/events/",
    query: { offset, limit: options.pageSize ?? 500 },
    headers: { Authorization: `Token ${options.apiKey}` },
    schema: pageSchema,
    signal,
    fetch: keepText,
  });
  const raws = rawArrayItems(rawBody, "results");
  if (!raws || raws.length !== page.results.length) throw new Error("WiseAlpha /events/ page: could not isolate each event's JSON text.");
  const items = page.results.map((value, i) => ({ raw: raws[i]!, id: idOf(value), value }));
  return { items, next: page.next };
}

function idOf(value: unknown): string {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : "";
}
