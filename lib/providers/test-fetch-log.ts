import type { FetchLike } from "./http";

// Test-only: the client harnesses count what a client really sent (retries, replays, none at all).

export type SentRequest = { method: string; path: string; status: number | null };

/** A fetch that records every request (path without `mount`) with the status it got (null: no answer). */
export function recordingFetch(mount: RegExp): { log: SentRequest[]; fetch: FetchLike } {
  const log: SentRequest[] = [];
  const record: FetchLike = async (url, init) => {
    const entry: SentRequest = { method: init.method ?? "GET", path: new URL(url).pathname.replace(mount, ""), status: null };
    log.push(entry);
    const response = await fetch(url, init);
    entry.status = response.status;
    return response;
  };
  return { log, fetch: record };
}
