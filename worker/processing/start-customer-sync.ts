import type { Db } from "../../lib/db/create-client";
import { syncCustomers } from "../../lib/customers/sync-customers";
import type { logger as Logger } from "../../lib/logger";
import { cashlinkClientOptions, cashlinkConfigSchema } from "../../lib/providers/cashlink/config";
import { createCashlinkClient } from "../../lib/providers/cashlink/client";
import type { InvestSuiteClient } from "../../lib/providers/investsuite/client";
import type { WiseAlphaClient } from "../../lib/providers/wisealpha/client";

/**
 * Customer 360 (issue #14): reads the three providers' persons and links them on a timer.
 * Kept to a timer here on purpose, small and alone, so it can become a pg-boss schedule
 * like the others; the sync itself takes an advisory lock, so two instances never overlap.
 */
export function startCustomerSync(options: {
  db: Db;
  logger: typeof Logger;
  investSuite: InvestSuiteClient;
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
      const result = await syncCustomers(db, { investSuite: options.investSuite, wiseAlpha: options.wiseAlpha, cashlink });
      logger.info(result, "customer sync done");
    } catch (err) {
      logger.error({ err }, "customer sync failed");
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
