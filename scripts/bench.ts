import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { checkAndDeleteQueue, measureAmqp } from "./bench/amqp";
import { bulkLoadEvents } from "./bench/bulk-load";
import { loadBenchConfig, TARGETS } from "./bench/config";
import { EXPLAIN_FILE, runListPhase } from "./bench/list-phase";
import { benchCustomers } from "./bench/customers";
import { benchPortfolios } from "./bench/portfolios";
import { benchReconciliation } from "./bench/reconciliation-phase";
import { findDescendant, waitForQuietCpu } from "./bench/proc-cpu";
import { benchProcessing, measureProcessing, type ProcessingResult } from "./bench/processing";
import { measureRawInsert } from "./bench/raw-insert";
import { ingestTable, listTable, type IngestReport } from "./bench/report";
import { startStackWhenBuildFree, type Stack } from "./bench/stack";
import { fmtInt } from "./bench/stats";
import { benchInbox } from "./bench/inbox-phase";
import { benchWithdrawalQueue } from "./bench/withdrawals-phase";
import { measureWebhooks } from "./bench/webhooks";
import { createTestDatabase } from "./lib/test-database";

/**
 * `npm run bench`: issue 4's performance figures from one run on a real PostgreSQL,
 * in a database of its own that is dropped at the end (also on Ctrl-C or error).
 * It prints figures next to their targets and never fails on them: a bench that
 * asserts times is flaky on shared machines, a printed miss is a finding.
 */
const log = (message: string) => console.log(`[bench] ${message}`);
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
let interrupted = false;

/** Between phases: after Ctrl-C, start no new work while the cleanup runs. */
function checkpoint() {
  if (interrupted) throw new Error("interrupted");
}

/** Runs every registered cleanup once, newest first, whatever fails. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.reverse()) await undo().catch((error: Error) => console.error(`[bench] cleanup: ${error.message}`));
  })();
  return cleaning;
}

/** Runs one registered cleanup now (and only now). */
async function runNow(undo: (() => Promise<unknown>) | undefined) {
  if (cleaning) return; // an interrupt's cleanup owns everything now
  const index = undo ? cleanups.indexOf(undo) : -1;
  if (index < 0) return;
  cleanups.splice(index, 1);
  await undo!();
}

/** The AMQP consumer is another helper's work in progress: measure it only once its settings exist. */
function amqpConsumerAvailable(): boolean {
  const env = existsSync("worker/env.ts") ? readFileSync("worker/env.ts", "utf8") : "";
  return existsSync("worker/intake/amqp-consumer.ts") && env.includes("EVENT_TRANSPORT") && env.includes("AMQP_QUEUE");
}

/** Other people's builds and tests share this machine and database server: the load says how quiet it was. */
function machineLine(): string {
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ");
  return `[bench] ${os.cpus().length} CPUs, Node ${process.version}; load average at the end ${load} (1/5/15 min)`;
}

async function main() {
  const config = loadBenchConfig();
  const started = Date.now();
  const server = new URL(config.serverUrl);
  log(
    `PostgreSQL server ${server.host} (a fresh database is created and dropped), run ${config.runId}, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );

  // createTestDatabase reads TEST_DATABASE_URL: point it at the chosen server only.
  process.env.TEST_DATABASE_URL = config.serverUrl;
  const db = await createTestDatabase();
  cleanups.push(() => db.drop().then(() => log("bench database dropped")));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bo-bench-"));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  log(`database ${new URL(db.url).pathname.slice(1)} migrated; DATA_DIR ${dataDir}`);
  // BENCH_ONLY=customers: issue 14's phase alone (the machine is shared; the other phases take minutes).
  if (process.env.BENCH_ONLY === "customers") {
    console.log(await benchCustomers({ dataDir, databaseUrl: db.url, log }));
    return;
  }
  if (process.env.BENCH_ONLY === "reconciliation") return benchReconciliation({ databaseUrl: db.url, log }); // issue 15's phase alone
  // BENCH_ONLY=portfolios: issues 8 and 19's phase alone (sandbox, data layer, the signed-in page beside the sandbox).
  if (process.env.BENCH_ONLY === "portfolios") {
    console.log(await benchPortfolios({ dataDir, databaseUrl: db.url, log, cleanups }));
    console.log(`\n${machineLine()}`);
    return;
  }
  // BENCH_ONLY=processing: issue 19's processing phase alone (it stores the events and rows it needs itself).
  if (process.env.BENCH_ONLY === "processing") {
    console.log(await benchProcessing({ databaseUrl: db.url, runId: config.runId, log }));
    return;
  }

  // BENCH_ONLY=inbox: issue 13's phase alone (it loads the withdrawals and events it needs itself).
  if (process.env.BENCH_ONLY === "inbox") {
    await benchInbox({ databaseUrl: db.url, dataDir, runId: config.runId, log });
    console.log(`\n${machineLine()}`);
    return;
  }

  log(`raw single-row INSERT × ${fmtInt(config.rawInserts)}`);
  checkpoint();
  const raw = await measureRawInsert(db.url, config.rawInserts);

  const amqpNames = { url: config.amqpUrl, exchange: `bench.${config.runId}.events`, queue: `bench.${config.runId}.intake` };
  const withAmqp = config.amqpEvents > 0 && amqpConsumerAvailable();
  const webhookKey = randomBytes(32).toString("base64");
  // The intake listener IS the production webhook route: the load balancer sends /api/webhooks/* there
  // (README, "Intake listener"), so it carries the target. The web app's copy of the route only
  // serves single-process deployments (START_INTAKE=false) and is printed for information.
  const webhookTargets = [
    {
      label: "webhook route /api/webhooks/wisealpha (intake listener)",
      tag: "intake",
      url: (stack: Stack) => stack.intakeUrl,
      process: "intake/main.ts",
    },
    {
      label: "same route on the web app (single-process fallback)",
      tag: "next",
      url: (stack: Stack) => stack.baseUrl,
      // `next start` renames its process (process.title), and with it /proc/…/cmdline.
      process: "next-server",
      informational: "no target: only serves START_INTAKE=false deployments; Next.js's own per-request work costs >10× the listener's CPU",
    },
  ];
  const webhooks: IngestReport["webhooks"] = webhookTargets.map(({ label, informational }) => ({
    label,
    informational,
    result: { skipped: "BENCH_WEBHOOKS=0" },
  }));
  let amqp: IngestReport["amqp"] = { skipped: config.amqpEvents === 0 ? "BENCH_AMQP=0" : "AMQP: consumer not available" };
  if (!withAmqp && config.amqpEvents > 0) log("AMQP: consumer not available");

  let stopStack: (() => Promise<void>) | undefined;
  if (config.webhooks > 0 || withAmqp) {
    log("starting the stack with scripts/start.ts (migrations, seed, build if stale, web, worker)…");
    checkpoint();
    const stack: Stack = await startStackWhenBuildFree(
      {
        dataDir,
        databaseUrl: db.url,
        env: {
          START_WORKER: "true",
          // Ingest is timed alone: in production processing has cores of its own, here it would take the
          // ingest's share of two. It is timed next, on the backlog these phases leave (measureProcessing).
          EVENT_PROCESSING: "off",
          WISEALPHA_WEBHOOK_KEY: webhookKey,
          NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
          // No sandbox runs, so nothing to poll; the poller would only log connection errors.
          WISEALPHA_POLL_INTERVAL_MS: "0",
          ...(withAmqp
            ? { EVENT_TRANSPORT: "amqp", AMQP_URL: amqpNames.url, AMQP_EXCHANGE: amqpNames.exchange, AMQP_QUEUE: amqpNames.queue }
            : { EVENT_TRANSPORT: "http" }),
        },
      },
      log,
    );
    stopStack = async () => {
      await stack.stop();
      log(`stack stopped (its log: ${stack.logFile}, removed with DATA_DIR)`);
    };
    cleanups.push(stopStack);
    log(`stack ready at ${stack.baseUrl}`);
    const quiet = async () => {
      const { waitedMs, busyCores } = await waitForQuietCpu();
      log(`machine quiet after ${(waitedMs / 1000).toFixed(0)} s (${busyCores.toFixed(2)} cores busy in the last second)`);
    };
    for (const [i, target] of config.webhooks > 0 ? webhookTargets.entries() : []) {
      checkpoint();
      await quiet();
      log(`${target.label}: ${fmtInt(config.webhooks)} signed POSTs, ${config.webhookConcurrency} in flight`);
      checkpoint();
      webhooks[i]!.result = await measureWebhooks({
        baseUrl: target.url(stack),
        tag: target.tag,
        databaseUrl: db.url,
        keyBase64: webhookKey,
        count: config.webhooks,
        concurrency: config.webhookConcurrency,
        runId: config.runId,
        serverPid: stack.pid ? findDescendant(stack.pid, target.process) : null,
      });
    }
    if (withAmqp) {
      log(`AMQP: ${fmtInt(config.amqpEvents)} persistent messages to ${amqpNames.exchange}`);
      let leftAfterStop: number | null = null;
      const deleteQueue = async () => void (leftAfterStop = await checkAndDeleteQueue(amqpNames));
      // Placed before stopStack in the list (cleanups run newest first): on an interrupt the queue goes after the worker stopped.
      cleanups.splice(cleanups.indexOf(stopStack), 0, deleteQueue);
      checkpoint();
      await quiet();
      checkpoint();
      const measured = await measureAmqp({ ...amqpNames, databaseUrl: db.url, count: config.amqpEvents, runId: config.runId });
      // Stopping the worker closes its channel: anything it had not acked would return to the queue.
      await runNow(stopStack);
      await runNow(deleteQueue);
      amqp = { ...measured, leftAfterStop };
    }
  }
  const ingest = ingestTable({ raw, webhooks, amqp, concurrency: config.webhookConcurrency });

  let processing: ProcessingResult | null = null;
  if (stopStack && config.processingSeconds > 0) {
    await runNow(stopStack);
    log(`processing the ingest phases' backlog with the worker's processing (its claim loops), at most ${config.processingSeconds} s`);
    checkpoint();
    processing = await measureProcessing(db.url, config.processingSeconds);
  }
  // Before the list phase's million events, a twentieth of which are due: they would join the mix.
  let processingMix = "";
  if (config.processingSeconds > 0) {
    checkpoint();
    processingMix = await benchProcessing({ databaseUrl: db.url, runId: config.runId, log });
  }

  let list = "";
  if (config.listEvents > 0) {
    // The list is timed without our own web and worker competing for the two cores.
    await runNow(stopStack);
    log(`loading ${fmtInt(config.listEvents)} events with INSERT … SELECT FROM generate_series…`);
    checkpoint();
    const load = await bulkLoadEvents(db.url, config.listEvents);
    log(`loaded in ${load.seconds.toFixed(1)} s (indexes rebuilt, VACUUM ANALYZE; table ${load.tableMb} MB)`);
    log("timing the events list data layer (lib/events/find-events.ts)…");
    checkpoint();
    const result = await runListPhase(db.url, path.join(dataDir, "list-result.json"));
    list = listTable(result, config.listEvents);
    if (result.explained.length)
      list += `\nEXPLAIN (ANALYZE, BUFFERS) of the cases over ${TARGETS.listP95Ms} ms written to ${EXPLAIN_FILE}`;
  }

  console.log(
    `\nIngest (stored and acknowledged, with the worker's processing off; target ≥ 3× the raw single-row INSERT measured here)\n${ingest}`,
  );
  if (processing) {
    const p = processing;
    const statuses = Object.entries(p.statuses)
      .map(([status, n]) => `${status} ${fmtInt(n)}`)
      .join(", ");
    console.log(
      `\nProcessing (the worker's claim loops on the ingest phases' backlog, mostly events without a handler; the target is on the mix below)\n` +
        `${fmtInt(p.processed)} of ${fmtInt(p.pendingAtStart)} pending events in ${p.seconds.toFixed(1)} s = ${fmtInt(Math.round(p.perSecond))} events/s; statuses after: ${statuses}`,
    );
  }
  if (processingMix) console.log(processingMix);
  if (list) console.log(`\nEvents list server time (target p95 ≤ 100 ms; "whole page" = every query page.tsx awaits)\n${list}`);
  console.log(await benchPortfolios({ dataDir, databaseUrl: db.url, log, cleanups }));
  await benchWithdrawalQueue({ databaseUrl: db.url, dataDir, runId: config.runId, log });
  console.log(await benchCustomers({ dataDir, databaseUrl: db.url, log }));
  await benchReconciliation({ databaseUrl: db.url, log });
  await benchInbox({ databaseUrl: db.url, dataDir, runId: config.runId, log });
  console.log(`\n${machineLine()}; total ${Math.round((Date.now() - started) / 1000)} s`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // `on`, not `once`: Ctrl-C reaches us from the terminal and again forwarded by npm, and
  // a second, unhandled SIGINT would kill the bench halfway through its cleanup.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[bench] ${signal}: cleaning up…`);
    void cleanup().then(() => process.exit(130));
  });
}

main()
  .then(cleanup)
  // Everything is printed and cleaned up: a pool a phase left open must not keep the bench running.
  .then(() => process.exit(0))
  .catch(async (error: Error) => {
    if (!interrupted) console.error(`[bench] failed: ${error.stack ?? error.message}`);
    await cleanup();
    process.exit(interrupted ? 130 : 1);
  });
