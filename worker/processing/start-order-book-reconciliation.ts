import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";
import { reconcileWiseAlphaOrderBook } from "../../lib/orders/reconcile-wisealpha";
import type { WiseAlphaClient } from "../../lib/providers/wisealpha/client";
import { backoffDelayMs } from "../../lib/backoff";

export type OrderBookReconciliationOptions = {
  db: Db;
  wiseAlpha: WiseAlphaClient;
  logger: typeof Logger;
  intervalMs: number;
  /** First retry after a failed round; it doubles up to the interval. */
  retryBaseMs?: number;
  /** The first round waits this long, so it does not compete with everything else starting up. */
  startDelayMs?: number;
};

/**
 * The periodic catch-up of the order book with WiseAlpha (events do the rest between
 * rounds): once shortly after start (a round reads every account, ~2,000 calls for the
 * default sandbox, and must not slow the first sign-ins), then every interval, one round at a time in this process. A
 * failed round (e.g. WiseAlpha not reachable yet when the worker starts) is retried
 * sooner, with a doubling delay, so the book is not empty for a whole interval. Several
 * workers running it at once is harmless: ids are never reused and a closed row never reopens.
 */
export function startOrderBookReconciliation(options: OrderBookReconciliationOptions) {
  if (options.intervalMs <= 0) return { stop() {} };
  const retryBase = options.retryBaseMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failures = 0;
  const run = async () => {
    try {
      const result = await reconcileWiseAlphaOrderBook(options.db, options.wiseAlpha);
      failures = 0;
      options.logger.info(result, "order book reconciliation");
    } catch (err) {
      failures += 1;
      options.logger.warn({ err, failures }, "order book reconciliation failed; retrying");
    }
    if (stopped) return;
    const delay = failures === 0 ? options.intervalMs : backoffDelayMs(failures, { baseMs: retryBase, capMs: options.intervalMs });
    timer = setTimeout(() => void run(), delay);
  };
  timer = setTimeout(() => void run(), options.startDelayMs ?? 20_000);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
