import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import type { ConfirmChannel } from "amqplib";

import type { WorkerDb } from "./types";

/** Helpers for amqp-consumer.int.test.ts. */

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Rows, distinct ids and total deliveries of the InvestSuite events whose id starts with `prefix`. */
export async function stats(db: WorkerDb, prefix: string) {
  const [row] = await db.$queryRawUnsafe<{ rows: number; distinct: number; deliveries: number }[]>(
    `SELECT count(*)::int AS "rows", count(DISTINCT "providerEventId")::int AS "distinct", coalesce(sum("deliveries"), 0)::int AS "deliveries"
       FROM "ProviderEvent" WHERE "provider" = 'INVESTSUITE' AND "providerEventId" LIKE $1`,
    `${prefix}%`,
  );
  return row!;
}

/** The queue and binding the worker declares, so messages published before it starts are kept. */
export async function declare(channel: ConfirmChannel, exchange: string, queue: string) {
  await channel.assertExchange(exchange, "topic", { durable: true });
  await channel.assertQueue(queue, { durable: true });
  await channel.bindQueue(queue, exchange, "#");
}

export async function publish(channel: ConfirmChannel, exchange: string, bodies: { id: string; body: string }[]) {
  for (const { id, body } of bodies) {
    const ok = channel.publish(exchange, "portfolios.status-update", Buffer.from(body), {
      persistent: true,
      messageId: id,
      contentType: "application/json",
    });
    if (!ok) await new Promise((resolve) => channel.once("drain", resolve));
  }
  await channel.waitForConfirms();
}

/** The real worker entry as its own process (plain node + tsx loader, so SIGKILL hits the process holding the channel). */
export function startWorker(
  amqpUrl: string,
  exchange: string,
  queue: string,
): { child: ChildProcess; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      EVENT_TRANSPORT: "amqp",
      AMQP_URL: amqpUrl,
      AMQP_EXCHANGE: exchange,
      AMQP_QUEUE: queue,
      WISEALPHA_POLL_INTERVAL_MS: "0",
      LOG_LEVEL: "info",
      SERVICE_NAME: "worker",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"amqp consumer ready"')) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, ready, exited };
}
