import type { FastifyBaseLogger } from "fastify";

import type { SandboxEnv } from "../lib/context";
import { getFaults } from "../lib/faults";
import type { InvestmentStatus } from "./types";

/** Cashlink's documented payload for an investment status change. */
export type WebhookEvent = { investment_id: string; status: InvestmentStatus; changed_at: string };

const RETRIES = 5;
/** Events emitted within this window are shuffled together when `outOfOrder` is on. */
const REORDER_WINDOW_MS = 50;
const REQUEST_TIMEOUT_MS = 5_000;

/**
 * Posts status-change webhooks to SANDBOX_CL_WEBHOOK_URL without blocking the API
 * request that caused them. Cashlink retries "until your endpoint returns 2xx";
 * the sandbox stops after 5 retries (delays base, 2×base, 4×base, …) so a dead
 * receiver does not keep timers alive forever. Pending retries are dropped on
 * close. Faults: `duplicateRate` delivers an event twice, `outOfOrder` shuffles
 * events emitted close together.
 */
export function createWebhookDispatcher(env: SandboxEnv, random: () => number = Math.random) {
  let log: Pick<FastifyBaseLogger, "warn" | "debug"> | undefined;
  let closed = false;
  let buffer: WebhookEvent[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const sleeps = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  function emit(event: WebhookEvent) {
    if (closed) return;
    const faults = getFaults("cashlink");
    const copies = faults.duplicateRate > 0 && random() < faults.duplicateRate ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      if (faults.outOfOrder) buffer.push(event);
      else void deliver(event);
    }
    if (buffer.length > 0 && !flushTimer) flushTimer = setTimeout(flushShuffled, REORDER_WINDOW_MS);
  }

  function flushShuffled() {
    flushTimer = undefined;
    const batch = buffer;
    buffer = [];
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [batch[i], batch[j]] = [batch[j] as WebhookEvent, batch[i] as WebhookEvent];
    }
    for (const event of batch) void deliver(event);
  }

  /**
   * First attempts go out one at a time in emit order, so without the outOfOrder
   * fault a receiver sees statuses in sequence; retries then run on their own.
   */
  function deliver(event: WebhookEvent) {
    const first = queue.then(() => attempt(event));
    queue = first;
    void first.then((ok) => (ok ? undefined : retry(event)));
  }

  async function retry(event: WebhookEvent) {
    for (let n = 0; n < RETRIES; n++) {
      await sleep(env.SANDBOX_CL_WEBHOOK_RETRY_MS * 2 ** n);
      if (closed) return;
      if (await attempt(event)) return;
    }
    log?.warn({ event, url: env.SANDBOX_CL_WEBHOOK_URL }, "cashlink webhook given up after retries");
  }

  async function attempt(event: WebhookEvent): Promise<boolean> {
    if (closed) return true;
    try {
      const response = await fetch(env.SANDBOX_CL_WEBHOOK_URL, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(env.SANDBOX_CL_WEBHOOK_TOKEN ? { authorization: `Bearer ${env.SANDBOX_CL_WEBHOOK_TOKEN}` } : {}),
        },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (!response.ok) log?.debug({ status: response.status, event }, "cashlink webhook refused");
      return response.ok;
    } catch (error) {
      log?.debug({ err: error, event }, "cashlink webhook failed");
      return false;
    }
  }

  function sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => (sleeps.delete(entry), resolve()), ms), resolve };
      sleeps.add(entry);
    });
  }

  return {
    emit,
    useLogger(logger: FastifyBaseLogger) {
      log = logger;
    },
    close() {
      closed = true;
      if (flushTimer) clearTimeout(flushTimer);
      for (const entry of sleeps) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      sleeps.clear();
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
