"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";

import type { EventRowView } from "@/lib/events/event-row";

import { EventsTable } from "./events-table";

type TailAnswer = { events: EventRowView[]; more: boolean };

// Enough for an investigation session; older live rows are still one "Older" click away after a reload.
const MAX_LIVE_ROWS = 1000;

/**
 * The first page from the server plus, with the live tail on, every matching event
 * that arrives afterwards (polled each second from the newest id seen). Polling,
 * not a socket: it needs nothing beyond a route handler and survives proxies.
 */
export function EventsLog({
  initial,
  startAfter,
  filterQuery,
  canTail,
}: {
  initial: EventRowView[];
  startAfter: string;
  filterQuery: string;
  canTail: boolean;
}) {
  const [live, setLive] = useState(false);
  const [fresh, setFresh] = useState<EventRowView[]>([]);
  const cursor = useRef(startAfter);

  const tail = useQuery({
    queryKey: ["events-tail", filterQuery],
    enabled: live,
    refetchInterval: (query) => ((query.state.data as TailAnswer | undefined)?.more ? 50 : 1_000),
    gcTime: 0,
    queryFn: async ({ signal }): Promise<TailAnswer> => {
      const params = new URLSearchParams(filterQuery);
      params.set("after", cursor.current);
      const response = await fetch(`/api/events/tail?${params.toString()}`, { signal, cache: "no-store" });
      if (!response.ok)
        throw new Error(
          ((await response.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ??
            `HTTP ${response.status}`,
        );
      const answer = (await response.json()) as TailAnswer;
      const last = answer.events.at(-1);
      if (last) {
        // The cursor moves here, with the rows, so a row is never shown twice or skipped.
        cursor.current = last.id;
        const newestFirst = [...answer.events].reverse();
        setFresh((prev) => [...newestFirst, ...prev].slice(0, MAX_LIVE_ROWS));
      }
      return answer;
    },
  });

  const freshIds = new Set(fresh.map((e) => e.id));
  return (
    <div>
      {canTail ? (
        <div className="mb-2 flex items-center gap-3 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" role="switch" checked={live} onChange={(e) => setLive(e.target.checked)} aria-label="Live tail" />
            Live tail
          </label>
          {live && (
            <span className="text-xs text-slate-600" aria-live="polite" data-testid="tail-status">
              {tail.isError
                ? `Paused: ${tail.error.message} Retrying…`
                : `Watching for new events every second${fresh.length ? ` · ${fresh.length} new` : ""}.`}
            </span>
          )}
        </div>
      ) : (
        <p className="mb-2 text-xs text-slate-500">Live tail is available on the newest page.</p>
      )}
      <EventsTable events={[...fresh, ...initial.filter((e) => !freshIds.has(e.id))]} freshIds={freshIds} />
    </div>
  );
}
