import { describe, expect, it } from "vitest";

import type { IngestMeta, IngestResult } from "./ingest";
import { createIngestBatcher } from "./ingest-batcher";
import type { StoredEventInput } from "./stored-event";

const META: IngestMeta = { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" };
const event = (id: string): StoredEventInput => ({
  providerEventId: id,
  type: "order.completed",
  providerCreatedAt: null,
  refs: {},
  rawPayload: "{}",
});

/** An in-memory ingestEvents: remembers what was "committed" and in which calls. */
function fakeStore(options: { failWhen?: (ids: string[]) => boolean; commitMs?: number } = {}) {
  const stored = new Set<string>();
  const calls: string[][] = [];
  const ingest = async (_meta: IngestMeta, events: StoredEventInput[]): Promise<IngestResult> => {
    const ids = events.map((e) => e.providerEventId);
    calls.push(ids);
    await new Promise((r) => setTimeout(r, options.commitMs ?? 1));
    if (options.failWhen?.(ids)) throw new Error("batch refused");
    const fresh = new Set(ids.filter((id) => !stored.has(id)));
    for (const id of fresh) stored.add(id);
    return { stored: fresh.size, duplicates: ids.length - fresh.size, newIds: [], newProviderEventIds: fresh };
  };
  return { stored, calls, ingest };
}

describe("createIngestBatcher", () => {
  it("stores concurrent deliveries in one call and answers each only after it resolved", async () => {
    const store = fakeStore();
    const batcher = createIngestBatcher({ ingest: store.ingest, maxItems: 100, maxWaitMs: 5, maxInFlight: 1 });
    const answers = await Promise.all(
      ["a", "b", "c"].map((id) => batcher.submit(META, event(id)).then((r) => ({ ...r, committed: store.stored.has(id) }))),
    );
    expect(store.calls).toEqual([["a", "b", "c"]]);
    expect(answers).toEqual([
      { duplicate: false, committed: true },
      { duplicate: false, committed: true },
      { duplicate: false, committed: true },
    ]);
  });

  it("reports one delivery of a repeated event as new and the others as duplicates", async () => {
    const store = fakeStore();
    const batcher = createIngestBatcher({ ingest: store.ingest, maxItems: 100, maxWaitMs: 5, maxInFlight: 1 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => batcher.submit(META, event("same"))));
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect((await batcher.submit(META, event("same"))).duplicate).toBe(true);
  });

  it("flushes at maxItems and keeps at most maxInFlight batches committing", async () => {
    let running = 0;
    let peak = 0;
    const store = fakeStore({ commitMs: 10 });
    const batcher = createIngestBatcher({
      ingest: async (meta, events) => {
        peak = Math.max(peak, ++running);
        try {
          return await store.ingest(meta, events);
        } finally {
          running -= 1;
        }
      },
      maxItems: 10,
      maxWaitMs: 1_000,
      maxInFlight: 2,
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => batcher.submit(META, event(`e${i}`))));
    expect(store.calls.map((c) => c.length)).toEqual([10, 10, 10, 10, 10]);
    expect(peak).toBe(2);
    expect(store.stored.size).toBe(50);
  });

  it("fails only the delivery its batch cannot store, after retrying the others one by one", async () => {
    const store = fakeStore({ failWhen: (ids) => ids.includes("bad") });
    const batcher = createIngestBatcher({ ingest: store.ingest, maxItems: 100, maxWaitMs: 5, maxInFlight: 1 });
    const results = await Promise.allSettled(["a", "bad", "b"].map((id) => batcher.submit(META, event(id))));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect([...store.stored].sort()).toEqual(["a", "b"]);
  });

  it("rejects every caller when the database refuses everything (no acknowledgement without a commit)", async () => {
    const store = fakeStore({ failWhen: () => true });
    const batcher = createIngestBatcher({ ingest: store.ingest, maxItems: 100, maxWaitMs: 5, maxInFlight: 1 });
    const results = await Promise.allSettled(["a", "b"].map((id) => batcher.submit(META, event(id))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(store.stored.size).toBe(0);
  });

  it("never mixes deliveries with different signature results in one batch", async () => {
    const store = fakeStore();
    const batcher = createIngestBatcher({ ingest: store.ingest, maxItems: 100, maxWaitMs: 5, maxInFlight: 2 });
    await Promise.all([batcher.submit(META, event("a")), batcher.submit({ ...META, signature: "NOT_SIGNED" }, event("b"))]);
    expect(store.calls.sort()).toEqual([["a"], ["b"]]);
  });
});
