import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";
import { cashlinkClientOptions, cashlinkConfigSchema } from "../../lib/providers/cashlink/config";
import { createCashlinkClient } from "../../lib/providers/cashlink/client";
import type { createInvestSuiteClient } from "../../lib/providers/investsuite/client";
import type { WiseAlphaClient } from "../../lib/providers/wisealpha/client";
import { syncSearchProjection } from "../../lib/search/sync-search";

/**
 * Keeps the global search's projection of InvestSuite portfolios and users, WiseAlpha
 * products and Cashlink investors current on a timer (the search box itself never calls a
 * provider). A failed round is logged and the next runs on time.
 */
export function startSearchSync(options: {
  db: Db;
  logger: typeof Logger;
  investSuite: ReturnType<typeof createInvestSuiteClient>;
  wiseAlpha: WiseAlphaClient;
  intervalMs: number;
  firstDelayMs?: number;
}) {
  const { db, logger, intervalMs } = options;
  if (intervalMs <= 0) return { stop() {} };
  const cashlink = createCashlinkClient(cashlinkClientOptions(cashlinkConfigSchema.parse(process.env)));
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const result = await syncSearchProjection(db, { investSuite: options.investSuite, wiseAlpha: options.wiseAlpha, cashlink });
      logger.info(result, "search sync done");
    } catch (err) {
      logger.error({ err }, "search sync failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void round(), options.firstDelayMs ?? 3_000);
  const timer = setInterval(() => void round(), intervalMs);
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
