import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { startEmbeddedDb } from "./embedded-db";
import { freePort } from "./ports";

export type TestDatabase = { url: string; kind: "postgres" | "embedded"; drop(): Promise<void> };

/**
 * A fresh, migrated database for one test run: a new database on the server named
 * by TEST_DATABASE_URL (or DATABASE_URL), else a throwaway embedded PGlite. Never
 * the database itself in those URLs, so tests cannot touch real data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const db = serverUrl ? await createOnServer(serverUrl) : await createEmbedded();
  try {
    await migrate(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `bo_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgres",
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bo-test-db-"));
  const handle = await startEmbeddedDb({ dataDir, port: await freePort() });
  return {
    url: handle.url,
    kind: "embedded",
    async drop() {
      await handle.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function migrate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`))));
  });
}
