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

describe("assertPortFree", () => {
  it("names the port and the setting to change when the port is taken", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as net.AddressInfo;
    await expect(assertPortFree(port, "PORT")).rejects.toThrow(`Port ${port} is already in use (PORT). Stop the process using it (\`lsof -i :${port}\`) or set PORT to another port.`);
    server.close();
    await expect(assertPortFree(port, "PORT")).resolves.toBeUndefined();
  });
});
