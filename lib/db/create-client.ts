import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

import { PrismaClient } from "../../generated/prisma/client";
import { poolTimeouts } from "./pool-timeouts";

export type CreateClientOptions = {
  /** Pool size when `connection` is a URL. */
  max?: number;
  /** Longer transaction waits than Prisma's 2 s / 5 s (the web app and the worker). */
  transactionOptions?: { maxWait: number; timeout: number };
};

/**
 * The one Prisma client factory (web via lib/db.ts, worker, intake, seed, tests, benchmarks).
 * Given a pool (the intake listener's, shared with pgRawQueries) it uses that pool and
 * leaves closing it to the caller (who sets its timeouts); given a URL it opens its own
 * with `max` connections and the timeouts of pool-timeouts.ts.
 */
export function createPrismaClient(connection: string | pg.Pool, max = 5, options: Omit<CreateClientOptions, "max"> = {}) {
  const adapter =
    typeof connection === "string" ? new PrismaPg({ connectionString: connection, max, ...poolTimeouts() }) : new PrismaPg(connection);
  return new PrismaClient({
    adapter,
    // Failed queries surface as exceptions that callers map or log with the request id;
    // Prisma logging them too would report expected conflicts (P2002) as errors.
    log: ["warn"],
    // Password hashes and TOTP secrets never leave the database unless a query asks for them
    // by name (`omit: { passwordHash: false }`), which only lib/auth does.
    omit: { user: { passwordHash: true, totpSecret: true } },
    ...(options.transactionOptions && { transactionOptions: options.transactionOptions }),
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The transaction client every domain function takes: `Tx` from "@/lib/db" (same type, re-exported there). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
