import net from "node:net";

import pino from "pino";

import { createPrismaClient } from "../../lib/db/create-client";

/** Test-only helpers for the intake integration tests. */

export const silentLogger = pino({ level: "silent" });

export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (the integration globalSetup provides it).");
  return createPrismaClient(url, 4);
}

/** True when something accepts TCP connections there; tests skip (not fail) without their broker. */
export function reachable(port: number, host = "127.0.0.1", timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host, timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}).`,
  );
}

/** Waits (up to 20 s) until the event `probe` counts is stored, exactly once. */
export const storedOnce = (what: string, probe: () => Promise<{ rows: number }>) => waitFor(what, probe, (s) => s.rows === 1, 20_000);

/** An InvestSuite outbound envelope as the sandbox publishes it (seed 000). */
export function investSuiteEvent(id: string, portfolio = "P01TEST") {
  return JSON.stringify({
    id,
    created: "2026-11-23T10:00:00.000000+00:00",
    version: "1.0.0",
    subject: "portfolios",
    action: "status-update",
    data: { id: portfolio, status: "ACTIVE", owned_by_user_id: "U01TEST" },
  });
}

export const runId = () => `${Date.now().toString(36)}-${process.pid}`;
