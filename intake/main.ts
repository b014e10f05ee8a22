import pg from "pg";

import { createPrismaClient } from "../lib/db/create-client";
import { pgRawQueries } from "../lib/db/pg-raw-queries";
import { poolTimeouts } from "../lib/db/pool-timeouts";
import { intakeLimitsFromEnv } from "../lib/events/intake-limits";
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
  // One pool: Prisma (rejections, /health) and the batch INSERTs, which skip Prisma's per-query compile.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, ...poolTimeouts() });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on("error", (err) => logger.warn({ err }, "idle database connection lost"));
  const db = createPrismaClient(pool);
  const intake = createIntakeServer({
    db,
    ingestDb: pgRawQueries(pool),
    secrets: env,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    limits: intakeLimitsFromEnv(),
    logger,
  });
  const port = await intake.listen(env.INTAKE_PORT);
  logger.info({ port }, "intake listening");

  onShutdown(async () => {
    // Every delivery already received is committed and answered before the pool closes.
    await intake.close().catch((err) => logger.error({ err }, "intake did not stop cleanly"));
    await db.$disconnect();
    await pool.end();
    logger.info("intake stopped");
    process.exit(0);
  });
}

main().catch((err) => {
  logger.fatal({ err }, "intake failed to start");
  process.exit(1);
});
