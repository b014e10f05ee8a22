/**
 * The one backoff formula: the delay before retry `attempt` (1 = the first retry) starts at
 * `baseMs`, doubles per attempt and stops at `capMs`. With `jitter: "equal"` half the step is
 * fixed and half random, so many clients retrying at once spread out; without, it is exact
 * (schedules a person reads, like a withdrawal's next attempt).
 */
export function backoffDelayMs(
  attempt: number,
  options: { baseMs: number; capMs: number; jitter?: "equal" | "none"; random?: () => number },
): number {
  const step = Math.min(options.capMs, options.baseMs * 2 ** (attempt - 1));
  if (options.jitter !== "equal") return step;
  return Math.round(step / 2 + (options.random ?? Math.random)() * (step / 2));
}
