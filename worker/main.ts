import { createPrismaClient } from "../lib/db/create-client";
import { logger } from "../lib/logger";

/**
 * The worker process: event consumers and the job runner arrive with the event-log
 * and withdrawal issues. Today it proves it is alive with a heartbeat row that
 * /api/health reads.
 */
const HEARTBEAT_MS = 10_000;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const db = createPrismaClient(url, 2);
  const startedAt = new Date();

  const beat = async () => {
    const details = { pid: process.pid, startedAt: startedAt.toISOString() };
    await db.componentHeartbeat.upsert({ where: { component: "worker" }, create: { component: "worker", beatAt: new Date(), details }, update: { beatAt: new Date(), details } });
  };
  await beat();
  const timer = setInterval(() => beat().catch((err) => logger.error({ err }, "heartbeat failed")), HEARTBEAT_MS);
  logger.info("worker ready");

  const stop = async () => {
    clearInterval(timer);
    await db.$disconnect();
    logger.info("worker stopped");
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err) => {
  logger.fatal({ err }, "worker failed to start");
  process.exit(1);
});
