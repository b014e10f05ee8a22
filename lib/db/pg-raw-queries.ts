import type pg from "pg";

/** The one method `ingestEvents` needs; Prisma's client, a Prisma transaction and `pgRawQueries` all have it. */
export type RawQueries = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/**
 * `$queryRawUnsafe` straight on a pg pool, for the intake listener's batch INSERT. Prisma's
 * client (engineType "client") runs every raw query, parameters included, through its WASM
 * query compiler: with a batch of webhook payloads as parameters that was about a third of
 * the listener's CPU per delivery. Same SQL, same parameters, one autocommitted statement:
 * the promise still resolves only after the commit. Unlike Prisma, int8 columns come back
 * as strings (ingestEvents converts) and errors are pg's own.
 */
export function pgRawQueries(pool: pg.Pool): RawQueries {
  return {
    async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
      const { rows } = await pool.query(query, values);
      return rows as T;
    },
  };
}
