import type { logger as Logger } from "../../lib/logger";

/**
 * One timer for the syncs that re-read providers into our projections (customers, search): a
 * first round shortly after start, then every `intervalMs`, never two rounds at once; a failed
 * round is logged and the next runs on time. 0 disables. Kept small so it can become a pg-boss
 * schedule (#21) in one place.
 */
export function startPeriodicSync(options: {
  name: string;
  logger: typeof Logger;
  intervalMs: number;
  firstDelayMs?: number;
  run: () => Promise<object>;
}) {
  const { name, logger, intervalMs, run } = options;
  if (intervalMs <= 0) return { stop() {} };
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      logger.info(await run(), `${name} done`);
    } catch (err) {
      logger.error({ err }, `${name} failed`);
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
