import "server-only";

import { getEnv } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/db/create-client";

export type { Tx } from "@/lib/db/create-client";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client of this process, created on first use (not at import, so builds need no database). */
export function getDb(): Db {
  const env = getEnv();
  // Statement, idle-in-transaction and connect timeouts come with the factory (pool-timeouts.ts).
  globalForPrisma.prisma ??= createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX, {
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
  });
  return globalForPrisma.prisma;
}
