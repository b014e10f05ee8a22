import { getFaults } from "../../lib/faults";
import type { WaEvent } from "../store/types";
import { signWebhookBody } from "./signature";

/**
 * Webhook delivery. Seed: "WiseAlpha will attempt to deliver an event to a webhook URL
 * 5 times, with an increasing delay between attempts until a success response is
 * returned." Deliveries never block the API request that caused the event.
 */
export const MAX_ATTEMPTS = 5;
/** Window in which outOfOrder faults shuffle events. */
const SHUFFLE_WINDOW_MS = 200;

export type DeliveryRecord = { event_id: string; url: string; attempt: number; status: number | null; error?: string; at: string };

export type WebhookOptions = {
  urls: string[];
  keyBase64: string;
  /** Delay before retry n is baseDelayMs × 2^(n-1): 1s, 2s, 4s, 8s by default. */
  baseDelayMs: number;
  random?: () => number;
  log?: { warn(obj: unknown, msg: string): void };
};

/** Fisher-Yates, in place; `random` is injectable so tests can predict the order. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function createWebhookDispatcher(options: WebhookOptions) {
  const random = options.random ?? Math.random;
  const timers = new Set<NodeJS.Timeout>();
  const log: DeliveryRecord[] = [];
  let buffer: WaEvent[] = [];
  let closed = false;

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) fn();
    }, ms);
    timers.add(timer);
  };

  async function attempt(url: string, event: WaEvent, body: string, n: number) {
    let status: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-wisealpha-signature": signWebhookBody(options.keyBase64, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (e) {
      error = (e as Error).message;
    }
    log.push({ event_id: event.id, url, attempt: n, status, ...(error ? { error } : {}), at: new Date().toISOString() });
    if (log.length > 500) log.shift();
    const ok = status !== null && status >= 200 && status < 300;
    if (ok || closed) return;
    if (n >= MAX_ATTEMPTS) {
      options.log?.warn({ event: event.id, url, status, error }, "wisealpha webhook dropped after 5 attempts");
      return;
    }
    later(options.baseDelayMs * 2 ** (n - 1), () => void attempt(url, event, body, n + 1));
  }

  function dispatch(event: WaEvent) {
    // Serialised once: the signature covers these exact bytes.
    const body = JSON.stringify(event);
    const copies = random() < getFaults("wisealpha").duplicateRate ? 2 : 1;
    for (const url of options.urls) for (let i = 0; i < copies; i++) void attempt(url, event, body, 1);
  }

  function flushShuffled() {
    const batch = buffer;
    buffer = [];
    shuffle(batch, random).forEach(dispatch);
  }

  return {
    enqueue(event: WaEvent) {
      if (closed || options.urls.length === 0) return;
      if (!getFaults("wisealpha").outOfOrder) return dispatch(event);
      if (buffer.push(event) === 1) later(SHUFFLE_WINDOW_MS, flushShuffled);
    },
    deliveries: () => log.slice(),
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
