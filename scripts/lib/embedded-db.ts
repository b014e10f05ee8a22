import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import { onShutdown } from "../../lib/on-shutdown";
import { fixExtendedProtocolInterleaving } from "./pglite-queue-fix";

/**
 * The embedded default database: PGlite served over the Postgres wire protocol, so
 * the app, worker, migrations and tests all use a normal DATABASE_URL and there is
 * one code path for embedded and real PostgreSQL.
 */
export async function startEmbeddedDb(options: { dataDir: string; port: number; host?: string; maxConnections?: number }) {
  await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const host = options.host ?? "127.0.0.1";
  // Above the sum of every pool: web (5) + worker (5) + job queue (5) + migrations and scripts.
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: options.maxConnections ?? 40 });
  fixExtendedProtocolInterleaving(server);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

// Run as a process of its own under `npm start`: `tsx scripts/lib/embedded-db.ts <dataDir> <port>`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dataDir = ".data/pglite", port = "5499"] = process.argv.slice(2);
  startEmbeddedDb({ dataDir, port: Number(port) })
    .then((handle) => {
      console.log(JSON.stringify({ level: 30, msg: "embedded database ready", url: handle.url.replace(/:[^:@]*@/, ":***@") }));
      const stop = async () => {
        await handle.stop();
        process.exit(0);
      };
      onShutdown(stop);
    })
    .catch((error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE" ? `Embedded database port ${port} is taken: set EMBEDDED_DB_PORT or stop the other process.` : error,
      );
      process.exit(1);
    });
}
