import type PgBoss from "pg-boss";

import type { Db } from "../../lib/db/create-client";
import type { logger as Logger } from "../../lib/logger";

import { ensureQueue } from "./ensure-queue";
import { clientsFromEnv } from "../../lib/reconciliation/clients";
import { selectChecks } from "../../lib/reconciliation/registry";
import { runReconciliation } from "../../lib/reconciliation/run-reconciliation";
import { parseReconciliationEnv, settingsOf } from "../../lib/reconciliation/settings";
import { startSweptQueue } from "./job-queue";

const SCHEDULED = "reconciliation-scheduled";
const ON_DEMAND = "reconciliation-on-demand";

/**
 * Reconciliation in the worker: the scheduled full run is a pg-boss schedule (pg-boss fires
 * each tick once, however many workers run, and the queue holds one job at a time), and
 * on-demand runs (an admin's QUEUED row) are taken by a swept queue, the run row being the
 * source of truth. A run reads providers one check at a time, so it never crowds out payouts.
 */
export async function startReconciliation(options: { db: Db; boss: PgBoss; logger: typeof Logger }) {
  const { db, boss, logger } = options;
  const env = parseReconciliationEnv();
  const settings = settingsOf(env);
  const clients = clientsFromEnv();
  const checks = selectChecks(env.RECONCILIATION_CHECKS);

  await ensureQueue(boss, { name: SCHEDULED, policy: "singleton", retryLimit: 0, expireInSeconds: 1_800 });
  if (env.RECONCILIATION_SCHEDULE === "off") await boss.unschedule(SCHEDULED);
  else await boss.schedule(SCHEDULED, env.RECONCILIATION_SCHEDULE, {}, { tz: "UTC" });
  await boss.work(SCHEDULED, { batchSize: 1 }, async () => {
    const run = await runReconciliation({ db, clients, checks, trigger: "SCHEDULED", settings });
    logger.info({ runId: run.runId, status: run.status, durationMs: run.durationMs }, "reconciliation run");
  });

  const onDemand = await startSweptQueue(boss, {
    name: ON_DEMAND,
    concurrency: 1,
    sweepIntervalMs: 2_000,
    expireInSeconds: 1_800,
    logger,
    async findDue() {
      const rows = await db.reconciliationRun.findMany({
        where: { status: "QUEUED" },
        select: { id: true },
        orderBy: { startedAt: "asc" },
        take: 10,
      });
      return rows.map((r) => r.id);
    },
    async run(id) {
      // Claimed by moving it off QUEUED: a second worker that got the same id finds nothing to do.
      const { count } = await db.reconciliationRun.updateMany({ where: { id, status: "QUEUED" }, data: { status: "RUNNING" } });
      if (count === 0) return;
      const run = await runReconciliation({ db, clients, checks: selectChecks(null), trigger: "ON_DEMAND", settings, runId: id });
      logger.info({ runId: run.runId, status: run.status, durationMs: run.durationMs }, "reconciliation run (on demand)");
    },
  });
  return { stop: () => onDemand.stop() };
}
