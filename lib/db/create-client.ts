import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../../generated/prisma/client";

/**
 * A Prisma client for processes outside Next.js (worker, seed, tests, benchmarks).
 * The web app uses lib/db.ts, which adds env validation and a per-process singleton.
 */
export function createPrismaClient(connectionString: string, max = 5) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }), log: ["warn"] });
}
