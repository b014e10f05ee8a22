import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";
import { syncCashlinkInvitations } from "../../lib/onboarding/sync-invitations";
import { syncWiseAlphaCustomers } from "../../lib/onboarding/sync-customers";
import type { ProviderClients } from "../provider-clients";

/**
 * The onboarding projection's safety net: every managed WiseAlpha customer and every
 * Cashlink invitation is re-read on a timer (events keep it current in between). Each
 * round is independent; a failed one is logged and the next runs on time.
 */
export function startOnboardingSync(
  options: { db: Db; logger: typeof Logger; intervalMs: number; firstDelayMs?: number } & Pick<ProviderClients, "wiseAlpha" | "cashlink">,
) {
  const { db, logger, intervalMs, wiseAlpha, cashlink } = options;
  if (intervalMs <= 0) return { stop() {} };
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
