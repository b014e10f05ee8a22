import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../../generated/prisma/client";
import { connectPg } from "./pg-client";

type Captured = { query: string; params: unknown[] };

/**
 * The SQL a data-layer call really sends, for EXPLAIN. lib/db.ts keeps its client on
 * `globalThis.prisma` (created only when missing), so a client that logs queries is
 * put there for the one call and the app's own client put back. Timings never run
 * through this client.
 */
export async function captureSql(databaseUrl: string, call: () => Promise<unknown>): Promise<Captured[]> {
  const capture = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: Captured[] = [];
  capture.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  const holder = globalThis as unknown as { prisma?: unknown };
  const own = holder.prisma;
  holder.prisma = capture;
  try {
    await call();
  } finally {
    holder.prisma = own;
    await capture.$disconnect();
  }
  return captured;
}

/** EXPLAIN (ANALYZE, BUFFERS) of captured statements, as text. */
export async function explain(databaseUrl: string, statements: Captured[]): Promise<string> {
  const client = await connectPg(databaseUrl);
  try {
    const parts: string[] = [];
    for (const { query, params } of statements) {
      // The status counts ask the planner for estimates: an EXPLAIN cannot be explained.
      if (/^\s*EXPLAIN\b/i.test(query)) {
        parts.push(`${query}\n-- params: ${JSON.stringify(params)}\n(a planner estimate; reads no rows)`);
        continue;
      }
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, params);
      parts.push(`${query}\n-- params: ${JSON.stringify(params)}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
    return parts.join("\n\n");
  } finally {
    await client.end();
  }
}
