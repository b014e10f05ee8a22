/** Exponential backoff with jitter for reconnects and storage retries: 250 ms doubling to 30 s. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(30_000, 250 * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
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
