import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

import { PrismaClient } from "../../generated/prisma/client";
import { poolTimeouts } from "./pool-timeouts";

/**
 * A Prisma client for processes outside Next.js (worker, seed, tests, benchmarks).
 * The web app uses lib/db.ts, which adds env validation and a per-process singleton.
 * Given a pool (the intake listener's, shared with pgRawQueries) it uses that pool and
 * leaves closing it to the caller (who sets its timeouts); given a URL it opens its own
 * with `max` connections and the timeouts of pool-timeouts.ts.
 */
export function createPrismaClient(connection: string | pg.Pool, max = 5) {
  const adapter =
    typeof connection === "string" ? new PrismaPg({ connectionString: connection, max, ...poolTimeouts() }) : new PrismaPg(connection);
  return new PrismaClient({ adapter, log: ["warn"] });
}
