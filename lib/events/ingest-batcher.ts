import type { IngestMeta, IngestResult } from "./ingest";
import type { StoredEventInput } from "./stored-event";

export type IngestBatcherOptions = {
  /** Stores one batch: `ingestEvents` bound to a database. */
  ingest(meta: IngestMeta, events: StoredEventInput[]): Promise<IngestResult>;
  /** A batch is stored as soon as it holds this many deliveries… */
  maxItems: number;
  /** …or this long after its first delivery arrived. */
  maxWaitMs: number;
  /** Batches committing at once (each holds one pooled connection). */
  maxInFlight: number;
};

export type IngestBatcher = {
  /** Resolves once the delivery's row is committed (`duplicate`: it was already stored); rejects if it was not. */
  submit(meta: IngestMeta, event: StoredEventInput): Promise<{ duplicate: boolean }>;
};

type Waiter = { event: StoredEventInput; resolve(value: { duplicate: boolean }): void; reject(error: unknown): void };
type Batch = { meta: IngestMeta; waiters: Waiter[]; timer: NodeJS.Timeout | null; due: boolean };

/**
 * Group commit for HTTP deliveries. One webhook is one tiny transaction, and a commit
 * (a WAL flush) costs far more than the row, so concurrent deliveries that arrive
 * within `maxWaitMs` of each other are stored with one `ingestEvents` call and each
 * request is answered after that shared commit: the 200 still means "your event is
 * stored". A failed batch is retried one delivery at a time, so a single bad
 * delivery fails only its own request (the provider redelivers it) and the others
 * are answered after their own commits. At low load a batch holds one delivery and
 * waits at most `maxWaitMs`.
 */
export function createIngestBatcher(options: IngestBatcherOptions): IngestBatcher {
  // One open batch per (provider, transport, signature): ingestEvents stores one meta per call.
  const open = new Map<string, Batch>();
  const ready: Batch[] = [];
  let inFlight = 0;

  /** Full batches first, then open ones whose wait is over; at capacity, open batches keep growing. */
  function pump() {
    while (inFlight < options.maxInFlight) {
      let batch = ready.shift();
      if (!batch) {
        const due = [...open].find(([, b]) => b.due);
        if (!due) return;
        open.delete(due[0]);
        batch = due[1];
      }
      if (batch.timer) clearTimeout(batch.timer);
      inFlight += 1;
      void store(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  }

  async function store({ meta, waiters }: Batch) {
    try {
      const result = await options.ingest(
        meta,
        waiters.map((w) => w.event),
      );
      answer(waiters, result);
    } catch (error) {
      if (waiters.length === 1) return waiters[0]!.reject(error);
      for (const waiter of waiters) {
        await options.ingest(meta, [waiter.event]).then(
          (result) => answer([waiter], result),
          (err: unknown) => waiter.reject(err),
        );
      }
    }
  }

  return {
    submit(meta, event) {
      return new Promise((resolve, reject) => {
        const key = `${meta.provider}|${meta.transport}|${meta.signature}`;
        let batch = open.get(key);
        if (!batch) {
          const created: Batch = { meta, waiters: [], timer: null, due: false };
          created.timer = setTimeout(() => {
            created.due = true;
            pump();
          }, options.maxWaitMs);
          open.set(key, created);
          batch = created;
        }
        batch.waiters.push({ event, resolve, reject });
        if (batch.waiters.length >= options.maxItems) {
          open.delete(key);
          ready.push(batch);
          pump();
        }
      });
    },
  };
}

/** The first delivery of a new event in the batch reports it stored; repeats report a duplicate. */
function answer(waiters: Waiter[], result: IngestResult) {
  const fresh = new Set(result.newProviderEventIds);
  for (const waiter of waiters) {
    const isNew = fresh.delete(waiter.event.providerEventId);
    waiter.resolve({ duplicate: !isNew });
  }
}
