import type { logger as Logger } from "../../lib/logger";

/**
 * pg-boss 10 records a job's outcome without awaiting it (manager.js `work`: `this.complete(…)` and
 * `this.fail(…)` after the handler), so a database that does not answer in time at that moment (the
 * connect timeout, under load) becomes an unhandled rejection, and Node ends the process: the worker
 * died mid-run in an e2e run at load 24. The job itself is safe (it stays active, expires and is
 * retried; our rows are the source of truth), so that one rejection is logged; any other still ends
 * the process as Node would. For the worker process only (worker/main.ts), never inside a test runner.
 */
export function guardJobOutcomeWrites(logger: typeof Logger) {
  process.on("unhandledRejection", (reason) => {
    if (isJobOutcomeWrite(reason)) {
      logger.warn({ err: reason }, "pg-boss could not record a job's outcome; the job expires and runs again");
      return;
    }
    logger.fatal({ err: reason }, "unhandled rejection");
    process.exit(1);
  });
}

/** A rejection from pg-boss's own un-awaited outcome write (its stack passes Manager.complete or Manager.fail). */
export function isJobOutcomeWrite(reason: unknown): boolean {
  const stack = reason instanceof Error ? (reason.stack ?? "") : "";
  return /at async Manager\.(complete|fail) \(.*pg-boss[\\/]src[\\/]manager\.js/.test(stack);
}
