import { backoffDelayMs } from "../../lib/backoff";

/** Exponential backoff with jitter for reconnects and storage retries: 250 ms doubling to 30 s. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return backoffDelayMs(Math.max(1, attempt), { baseMs: 250, capMs: 30_000, jitter: "equal", random });
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
