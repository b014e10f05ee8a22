import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";
import { syncCashlinkInvitations } from "../../lib/onboarding/sync-invitations";
import { syncWiseAlphaCustomers } from "../../lib/onboarding/sync-customers";
import { cashlinkClientOptions, cashlinkConfigSchema } from "../../lib/providers/cashlink/config";
import { createCashlinkClient } from "../../lib/providers/cashlink/client";
import { createWiseAlphaClient } from "../../lib/providers/wisealpha/client";
import { wiseAlphaClientOptions, wiseAlphaConfigSchema } from "../../lib/providers/wisealpha/config";

/**
 * The onboarding projection's safety net: every managed WiseAlpha customer and every
 * Cashlink invitation is re-read on a timer (events keep it current in between). Each
 * round is independent; a failed one is logged and the next runs on time.
 */
export function startOnboardingSync(options: { db: Db; logger: typeof Logger; intervalMs: number; firstDelayMs?: number }) {
  const { db, logger, intervalMs } = options;
  if (intervalMs <= 0) return { stop() {} };
  const wiseAlpha = createWiseAlphaClient(wiseAlphaClientOptions(wiseAlphaConfigSchema.parse(process.env)));
  const cashlink = createCashlinkClient(cashlinkClientOptions(cashlinkConfigSchema.parse(process.env)));
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const customers = await syncWiseAlphaCustomers(db, wiseAlpha);
      const invitations = await syncCashlinkInvitations(db, cashlink);
      logger.info({ customers, invitations }, "onboarding sync done");
    } catch (err) {
      logger.error({ err }, "onboarding sync failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void round(), options.firstDelayMs ?? 5_000);
  const timer = setInterval(() => void round(), intervalMs);
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
