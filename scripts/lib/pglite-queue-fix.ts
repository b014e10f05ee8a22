/**
 * Works around a pglite-socket 0.2.17 bug: its query queue interleaves protocol
 * messages from different connections except inside a transaction, so one
 * connection's extended-protocol sequence (Parse, Bind, Execute … Sync) can be cut
 * by another's, and a Bind then meets the other connection's unnamed statement
 * ("bind message supplies 3 parameters, but prepared statement requires 12").
 * Every driver uses that sequence for parameterised queries, so concurrent
 * processes (web, worker, job queue) hit it. We keep the queue's own logic and add
 * one rule: after an extended-protocol message, only the same connection is served
 * until its Sync. The queue class is not exported, so its instance is patched.
 */
type QueueItem = {
  handlerId: number;
  message: Uint8Array;
  resolve(n: number): void;
  reject(e: unknown): void;
  onData(d: Uint8Array): void;
};
type Queue = {
  queue: QueueItem[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(m: Uint8Array, o: { onRawData(d: Uint8Array): void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(id: number): void;
};

const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse, Bind, Describe, Execute, Close, Flush
const SYNC = 0x53;

export function fixExtendedProtocolInterleaving(server: object) {
  const q = (server as { queryQueue: Queue }).queryQueue;
  let openBatchHandler: number | null = null;

  q.processQueue = async function processQueue() {
    if (q.processing || q.queue.length === 0) return;
    q.processing = true;
    while (q.queue.length > 0) {
      const owner = openBatchHandler ?? (q.db.isInTransaction() ? q.lastHandlerId : null);
      const index = owner === null ? 0 : q.queue.findIndex((item) => item.handlerId === owner);
      if (index === -1) break; // wait for the owner's next message; enqueue() restarts us
      const [item] = q.queue.splice(index, 1) as [QueueItem];
      const type = item.message[0] ?? 0;
      try {
        let bytes = 0;
        await q.db.runExclusive(() =>
          q.db.execProtocolRawStream(item.message, {
            onRawData: (data) => {
              bytes += data.length;
              item.onData(data);
            },
          }),
        );
        q.lastHandlerId = item.handlerId;
        openBatchHandler = EXTENDED.has(type) ? item.handlerId : type === SYNC ? null : openBatchHandler;
        item.resolve(bytes);
      } catch (error) {
        openBatchHandler = null;
        item.reject(error);
      }
    }
    q.processing = false;
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (id: number) => {
    clear(id);
    // A connection that disconnects mid-batch must not block everyone else.
    if (openBatchHandler === id) {
      openBatchHandler = null;
      void q.processQueue();
    }
  };
}
