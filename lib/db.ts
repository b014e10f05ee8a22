import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { poolTimeouts } from "@/lib/db/pool-timeouts";

function createPrismaClient() {
  const env = getEnv();
  // Statement, idle-in-transaction and connect timeouts: no runaway statement holds a connection for good (pool-timeouts.ts).
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, ...poolTimeouts() });
  return new PrismaClient({
    adapter,
    // Failed queries surface as exceptions that callers map or log with the request id;
    // Prisma logging them too would report expected conflicts (P2002) as errors.
    log: ["warn"],
    // Password hashes and TOTP secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true, totpSecret: true } },
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
  });
}

type Db = ReturnType<typeof createPrismaClient>;
const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client of this process, created on first use (not at import, so builds need no database). */
export function getDb(): Db {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
