import type { PrismaClient } from "../../generated/prisma/client";
import type { logger as Logger } from "../../lib/logger";
import { reconcileWiseAlphaOrderBook } from "../../lib/orders/reconcile-wisealpha";
import type { WiseAlphaClient } from "../../lib/providers/wisealpha/client";

export type OrderBookReconciliationOptions = {
  db: PrismaClient;
  wiseAlpha: WiseAlphaClient;
  logger: typeof Logger;
  intervalMs: number;
};

/**
 * The periodic catch-up of the order book with WiseAlpha (events do the rest between
 * rounds), scheduled like the withdrawal reconciliation: once at start, then every
 * interval, never two rounds at once in this process. Several workers running it at
 * once is harmless: ids are never reused and a closed row never reopens.
 */
export function startOrderBookReconciliation(options: OrderBookReconciliationOptions) {
  if (options.intervalMs <= 0) return { stop() {} };
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await reconcileWiseAlphaOrderBook(options.db, options.wiseAlpha);
      options.logger.info(result, "order book reconciliation");
    } catch (err) {
      options.logger.warn({ err }, "order book reconciliation failed; the next round retries");
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs);
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
