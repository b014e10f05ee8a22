import { z } from "zod";

import { parseSettings } from "../config/parse-settings";

/**
 * Timeouts for every pool that serves requests, events and jobs (web app, intake listener,
 * worker, pg-boss; migrations keep none: a long migration is legitimate). Issue 20,
 * finding 5: one statement that never ended (a 10,000-deep JSONB on the embedded
 * database) held its connection for good and sign-in and intake queued behind it.
 *
 * - statement: 15 s. Our slowest legitimate statements (payload search over a 90-day
 *   window, the hourly retention delete in batches, an export page) take well under 2 s on
 *   the bench; 15 s is far past them, yet short enough that a runaway statement frees its
 *   connection before a page or a provider's delivery (which retries) gives up.
 * - idle in transaction: 30 s. Interactive transactions are capped by Prisma at 10 s
 *   (30 s for the poller's page); a session idle inside one for longer is a leak holding
 *   row locks, and the server ends it.
 * - connect: 5 s. A database that does not accept a connection within that fails the
 *   request with an error instead of queueing it forever.
 */
export const poolTimeoutsSchema = z.object({
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
});

/** node-postgres pool options (also taken by PrismaPg and pg-boss, which pass them to pg.Pool). 0 = no limit. */
export type PoolTimeouts = {
  statement_timeout: number;
  idle_in_transaction_session_timeout: number;
  connectionTimeoutMillis: number;
};

export function poolTimeouts(source: Record<string, string | undefined> = process.env): PoolTimeouts {
  const env = parseSettings(poolTimeoutsSchema, "database settings", source);
  return {
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
  };
}
