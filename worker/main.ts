import pg from "pg";

import { createPrismaClient } from "../lib/db/create-client";
import { pgRawQueries } from "../lib/db/pg-raw-queries";
import { poolTimeouts } from "../lib/db/pool-timeouts";
import { logger } from "../lib/logger";
import { onShutdown } from "../lib/on-shutdown";
import { parseWorkerEnv } from "./env";
import { startIntake } from "./intake/start-intake";
import { createProviderClients } from "./provider-clients";
import { startJobQueue } from "./processing/job-queue";
import { startProcessing } from "./processing/start-processing";
import { startWithdrawalExecution } from "./processing/start-withdrawal-execution";
import { startDepositExecution } from "./processing/start-deposit-execution";
import { startOnboardingSync } from "./processing/start-onboarding-sync";
import { startOrderBookReconciliation } from "./processing/start-order-book-reconciliation";
import { startReconciliation } from "./processing/start-reconciliation";
import { startPeriodicSync } from "./processing/start-periodic-sync";
import { syncCustomers } from "../lib/customers/sync-customers";
import { syncSearchProjection } from "../lib/search/sync-search";

/**
 * The worker process: a heartbeat row that /api/health reads, and the event intake
 * (InvestSuite bus consumer, WiseAlpha /events/ poller) and event processing (handlers
 * with retries, dispatched through pg-boss, which keeps its own small pool).
 */
const HEARTBEAT_MS = 10_000;
/** Heartbeat, one AMQP/MQTT commit, one poller transaction and the processing handlers, plus headroom. */
const DB_POOL_MAX = 6;

async function main() {
  const env = parseWorkerEnv();
  // One pool: Prisma and the consumers' batch INSERTs, which skip Prisma's per-query compile (lib/db/pg-raw-queries.ts).
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: DB_POOL_MAX, ...poolTimeouts() });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on("error", (err) => logger.warn({ err }, "idle database connection lost"));
  const db = createPrismaClient(pool);
  const startedAt = new Date();

  const beat = async () => {
    const details = { pid: process.pid, startedAt: startedAt.toISOString() };
    await db.componentHeartbeat.upsert({
      where: { component: "worker" },
      create: { component: "worker", beatAt: new Date(), details },
      update: { beatAt: new Date(), details },
    });
  };
  await beat();
  const timer = setInterval(() => beat().catch((err) => logger.error({ err }, "heartbeat failed")), HEARTBEAT_MS);
  const intake = startIntake({ db, ingestDb: pgRawQueries(pool), env, logger });
  const boss = await startJobQueue(env.DATABASE_URL, logger);
  if (env.EVENT_PROCESSING === "off") logger.warn("EVENT_PROCESSING=off: events are stored but not processed");
  const processing = await startProcessing({
    enabled: env.EVENT_PROCESSING === "on",
    db,
    boss,
    logger,
    policy: { maxAttempts: env.EVENT_MAX_ATTEMPTS, baseDelayMs: env.EVENT_RETRY_BASE_MS, maxDelayMs: 3_600_000 },
    concurrency: env.EVENT_CONCURRENCY,
    // Onboarding reviewers watch an open case for provider events (issue 6: within 2 s); the due-events query is indexed.
    sweepIntervalMs: 250,
    retentionDays: env.EVENT_PAYLOAD_RETENTION_DAYS,
  });
  const { investSuite, wiseAlpha, cashlink } = createProviderClients(env);
  const execution = await startWithdrawalExecution({
    db,
    boss,
    investSuite,
    wiseAlpha,
    logger,
    reconcileIntervalMs: env.WITHDRAWAL_RECONCILE_INTERVAL_MS,
  });
  const onboardingSync = startOnboardingSync({ db, wiseAlpha, cashlink, logger, intervalMs: env.ONBOARDING_SYNC_INTERVAL_MS });
  // Customer 360 (#14): the sync takes an advisory lock, so two workers never overlap.
  const customerSync = startPeriodicSync({
    name: "customer sync",
    logger,
    intervalMs: env.CUSTOMER_SYNC_INTERVAL_MS,
    run: () => syncCustomers(db, { investSuite, wiseAlpha, cashlink }),
  });
  const orderBook = startOrderBookReconciliation({
    db,
    wiseAlpha,
    logger,
    intervalMs: env.ORDER_BOOK_RECONCILE_INTERVAL_MS,
  });
  await startReconciliation({ db, boss, logger }); // scheduled and on-demand runs (issue 15); pg-boss stops with the rest
  await startDepositExecution({ db, boss, investSuite, logger, fourEyesAbove: env.DEPOSIT_FOUR_EYES_ABOVE }); // deposits (#17); stops with pg-boss
  // Global search's projection (#13): the search box itself never calls a provider.
  const searchSync = startPeriodicSync({
    name: "search sync",
    logger,
    intervalMs: env.SEARCH_SYNC_INTERVAL_MS,
    run: () => syncSearchProjection(db, { investSuite, wiseAlpha, cashlink }),
  });
  logger.info("worker ready");

  const stop = async () => {
    clearInterval(timer);
    // Consumers store and ack what they hold before the database goes away.
    await intake.stop().catch((err) => logger.error({ err }, "event intake did not stop cleanly"));
    processing.stop();
    execution.stop();
    onboardingSync.stop();
    customerSync.stop();
    searchSync.stop();
    orderBook.stop();
    await boss.stop({ graceful: true, timeout: 10_000 }).catch((err) => logger.error({ err }, "job queue did not stop cleanly"));
    await db.$disconnect();
    await pool.end();
    logger.info("worker stopped");
    process.exit(0);
  };
  onShutdown(stop);
}

main().catch((err) => {
  logger.fatal({ err }, "worker failed to start");
  process.exit(1);
});
