import { createPrismaClient } from "../lib/db/create-client";
import { createIntakeServer } from "../lib/events/intake-server";
import { logger } from "../lib/logger";
import { onShutdown } from "../lib/on-shutdown";
import { parseIntakeEnv } from "./env";

/**
 * The intake process: `/api/webhooks/*` and `/api/intake/*` (plus `GET /health`) on a
 * plain node:http listener. In production the load balancer routes those paths here;
 * the web app keeps the same routes for single-process deployments.
 */
async function main() {
  const env = parseIntakeEnv();
  const db = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  const intake = createIntakeServer({ db, secrets: env, trustedProxyHops: env.TRUSTED_PROXY_HOPS, logger });
  const port = await intake.listen(env.INTAKE_PORT);
  logger.info({ port }, "intake listening");

  onShutdown(async () => {
    // Every delivery already received is committed and answered before the pool closes.
    await intake.close().catch((err) => logger.error({ err }, "intake did not stop cleanly"));
    await db.$disconnect();
    logger.info("intake stopped");
    process.exit(0);
  });
}

main().catch((err) => {
  logger.fatal({ err }, "intake failed to start");
  process.exit(1);
});
