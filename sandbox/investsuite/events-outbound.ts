import { randomUUID } from "node:crypto";

import { getFaults } from "../lib/faults";
import { stringifyWithDecimals } from "./decimal-json";
import type { EventTransport } from "./event-transports";
import { MAX_STORED_EVENTS, isoDatetime, type EmittedEvent, type State } from "./state";

const RETRIES = 5;
/** outOfOrder shuffles within windows of this many queued events. */
const SHUFFLE_WINDOW = 5;

export type EventBusOptions = {
  state: State;
  markDirty(): void;
  transport: EventTransport;
  retryBaseMs: number;
  random?: () => number;
  now?: () => number;
  log?: (message: string, extra?: Record<string, unknown>) => void;
};

export type EventBus = ReturnType<typeof createEventBus>;

/**
 * Records every outbound event in the seed's envelope and delivers it in the background,
 * one at a time in emission order, so API responses never wait for the receiver. A failed
 * delivery is retried RETRIES times with doubling delays, then marked `failed`.
 */
export function createEventBus(options: EventBusOptions) {
  const { state, markDirty, transport, retryBaseMs } = options;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const queue: EmittedEvent[] = state.events.filter((e) => e.delivery === "pending");
  let running: Promise<void> | null = null;
  let closed = false;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      wake = () => (clearTimeout(timer), (wake = null), resolve());
    });

  const deliver = async (event: EmittedEvent) => {
    for (let attempt = 0; attempt <= RETRIES && !closed; attempt++) {
      if (attempt > 0) await sleep(retryBaseMs * 2 ** (attempt - 1));
      if (closed) return;
      try {
        await transport.send(event);
        event.delivery = "delivered";
        markDirty();
        // Fault injection: the same event (same id) arrives twice, as at-least-once buses do.
        if (random() < getFaults("investsuite").duplicateRate) await transport.send(event).catch(() => undefined);
        return;
      } catch (error) {
        options.log?.("investsuite event delivery failed", { id: event.id, attempt, error: String(error) });
      }
    }
    if (!closed) {
      event.delivery = "failed";
      markDirty();
    }
  };

  const drain = async () => {
    while (queue.length > 0 && !closed) {
      const batch = queue.splice(0, getFaults("investsuite").outOfOrder ? SHUFFLE_WINDOW : 1);
      if (batch.length > 1) shuffle(batch, random);
      for (const event of batch) await deliver(event);
    }
    running = null;
  };

  const kick = () => {
    // setImmediate lets every event of one request join the queue first (needed to shuffle them).
    running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
  };
  if (queue.length > 0) kick();

  return {
    /** Builds the envelope `{id, created, version, subject, action, data}` and queues it. */
    emit(subject: string, action: string, data: Record<string, unknown>): EmittedEvent {
      const id = randomUUID();
      const body = stringifyWithDecimals({ id, created: isoDatetime(now()), version: "1.0.0", subject, action, data });
      const event: EmittedEvent = { seq: ++state.eventSeq, id, fqn: `${subject}.${action}`, body, delivery: "pending" };
      state.events.push(event);
      if (state.events.length > MAX_STORED_EVENTS) state.events.splice(0, state.events.length - MAX_STORED_EVENTS);
      markDirty();
      queue.push(event);
      kick();
      return event;
    },
    /** Events after `since` (a seq number, or an ISO datetime compared with `created`). */
    since(since: string | undefined): EmittedEvent[] {
      if (!since) return state.events;
      if (/^\d+$/.test(since)) return state.events.filter((e) => e.seq > Number(since));
      const from = Date.parse(since);
      return state.events.filter((e) => Date.parse((JSON.parse(e.body) as { created: string }).created) > from);
    },
    /** Resolves when everything queued so far has been delivered or given up on. */
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      wake?.();
      await running;
      await transport.close();
    },
  };
}

function shuffle<T>(items: T[], random: () => number) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
