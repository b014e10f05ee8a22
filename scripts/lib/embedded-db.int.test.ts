import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { startEmbeddedDb } from "./embedded-db";
import { assertPortFree, freePort } from "./ports";

describe("the embedded database", () => {
  let dataDir: string;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps its data across a restart", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "bo-embedded-"));
    const port = await freePort();

    const first = await startEmbeddedDb({ dataDir, port });
    const writer = new pg.Client({ connectionString: first.url });
    await writer.connect();
    await writer.query("CREATE TABLE kept (id int primary key, amount numeric(20, 2))");
    await writer.query("INSERT INTO kept VALUES (1, 1234567890.12)");
    await writer.end();
    await first.stop();

    const second = await startEmbeddedDb({ dataDir, port });
    const reader = new pg.Client({ connectionString: second.url });
    await reader.connect();
    const { rows } = await reader.query("SELECT amount::text FROM kept WHERE id = 1");
    await reader.end();
    await second.stop();
    expect(rows).toEqual([{ amount: "1234567890.12" }]);
  });

  it("serves several connections at once (web, worker, migrations share it)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bo-embedded-"));
    const db = await startEmbeddedDb({ dataDir: dir, port: await freePort() });
    const pool = new pg.Pool({ connectionString: db.url, max: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.query("SELECT $1::int AS n", [i])));
    expect(results.map((r) => r.rows[0].n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await pool.end();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  });
});

describe("the embedded database under concurrent parameterised queries", () => {
  it("never mixes one connection's Parse/Bind with another's (pglite-socket queue fix)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bo-embedded-"));
    const db = await startEmbeddedDb({ dataDir: dir, port: await freePort() });
    const pools = [new pg.Pool({ connectionString: db.url, max: 5 }), new pg.Pool({ connectionString: db.url, max: 5 })];
    // Different parameter counts per query make an interleaving fail loudly ("bind message supplies …").
    const queries = Array.from({ length: 300 }, (_, i) => {
      const n = (i % 6) + 1;
      const params = Array.from({ length: n }, (_, k) => i * 10 + k);
      const sql = `SELECT ${params.map((_, k) => `$${k + 1}::int`).join(" + ")} AS total`;
      return pools[i % 2]!.query(sql, params).then((r) => Number(r.rows[0].total) === params.reduce((a, b) => a + b, 0));
    });
    const results = await Promise.allSettled(queries);
    await Promise.all(pools.map((p) => p.end()));
    await db.stop();
    await rm(dir, { recursive: true, force: true });
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(results.every((r) => r.status === "fulfilled" && r.value)).toBe(true);
  });
});

describe("assertPortFree", () => {
  it("names the port and the setting to change when the port is taken", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as net.AddressInfo;
    await expect(assertPortFree(port, "PORT")).rejects.toThrow(
      `Port ${port} is already in use (PORT). Stop the process using it (\`lsof -i :${port}\`) or set PORT to another port.`,
    );
    server.close();
    await expect(assertPortFree(port, "PORT")).resolves.toBeUndefined();
  });
});
