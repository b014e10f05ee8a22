import { afterEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { startJobQueue } from "@/worker/processing/job-queue";

import { createPrismaClient } from "./create-client";
import { poolTimeouts } from "./pool-timeouts";

// Issue 20, finding 5: no pool had a statement timeout, so one runaway statement held its
// connection for good. Every pool that serves requests, events or jobs now has one.

const url = process.env.DATABASE_URL!;
/**
 * The embedded database (PGlite behind pglite-socket) ignores connection startup settings and,
 * single-threaded in WASM, cannot interrupt a running statement (measured: `SET statement_timeout
 * = 100` then `pg_sleep(1)` ran the full second). There the intake's checks before storing
 * (storable-payload.ts) are the protection; these timeouts are for PostgreSQL.
 */
const embedded = /PGlite/.test(((await getDb().$queryRawUnsafe("SELECT version() AS v")) as { v: string }[])[0]!.v);
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

async function settings(query: (sql: string) => Promise<Record<string, string>[]>) {
  const [statement] = await query("SHOW statement_timeout");
  const [idle] = await query("SHOW idle_in_transaction_session_timeout");
  return [Object.values(statement!)[0], Object.values(idle!)[0]];
}

describe.skipIf(embedded)("pool timeouts", () => {
  it("default to 15 s per statement and 30 s idle in a transaction on the web app's client", async () => {
    expect(await settings((sql) => getDb().$queryRawUnsafe(sql))).toEqual(["15s", "30s"]);
  });

  it("apply to the Prisma clients of the worker, seed and tests, from the environment", async () => {
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = "250";
    process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = "4000";
    const db = createPrismaClient(url, 1);
    try {
      expect(await settings((sql) => db.$queryRawUnsafe(sql))).toEqual(["250ms", "4s"]);
      // A runaway statement is cancelled by the server and its connection is free again.
      const started = performance.now();
      await expect(db.$queryRawUnsafe("SELECT pg_sleep(5)")).rejects.toThrow(/statement timeout/);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(await db.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.$disconnect();
    }
  });

  it("apply to pg-boss's own pool", { timeout: 60_000 }, async () => {
    const boss = await startJobQueue(url, logger);
    try {
      const result = (await boss.getDb().executeSql("SHOW statement_timeout", [])) as { rows: Record<string, string>[] };
      expect(Object.values(result.rows[0]!)[0]).toBe("15s");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

it("a bad pool timeout setting is refused with the variable's name", () => {
  expect(() => poolTimeouts({ DATABASE_STATEMENT_TIMEOUT_MS: "soon" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
});
