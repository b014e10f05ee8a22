import type { State } from "./types";

/**
 * Reference IDs are "a type tag and a zero-padded ID number" (seed, Data types), e.g.
 * EVENT00000099. Counters live in the state so ids never repeat across restarts.
 */
export function nextId(state: State, tag: string, width = 8): string {
  const n = (state.counters[tag] ?? 0) + 1;
  state.counters[tag] = n;
  return `${tag}${String(n).padStart(width, "0")}`;
}

/** Customer IDs are 8-digit integers encoded as strings, starting at 10000001. */
export function nextCustomerId(state: State): string {
  const n = (state.counters.customer ?? 10000000) + 1;
  state.counters.customer = n;
  return String(n);
}
