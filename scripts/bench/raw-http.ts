import net from "node:net";

/**
 * A minimal HTTP/1.1 keep-alive client for the webhook bench: one connection, one request
 * at a time, each request prebuilt as bytes (`prebuiltPost`). The sender shares the two
 * cores with the server it measures, and node:http's client spent about as much CPU per
 * delivery as the intake listener itself; this one only finds where each response ends
 * (Content-Length, chunked, or connection close) and returns its status. It is not a
 * general client: no pipelining, redirects, 1xx or compression.
 */
export function prebuiltPost(url: URL, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`POST ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`, `content-length: ${body.length}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), body]);
}

export type RawConnection = { send(request: Buffer, timeoutMs?: number): Promise<number>; close(): void };

export function rawConnection(url: URL): RawConnection {
  let socket: net.Socket | null = null;
  let received: Buffer = Buffer.alloc(0);
  let waiting: { resolve(status: number): void; reject(error: Error): void; timer: NodeJS.Timeout } | null = null;

  const settle = (outcome: { status: number } | { error: Error }) => {
    const w = waiting;
    if (!w) return;
    waiting = null;
    clearTimeout(w.timer);
    if ("error" in outcome) w.reject(outcome.error);
    else w.resolve(outcome.status);
  };
  const drop = () => {
    socket?.destroy();
    socket = null;
    received = Buffer.alloc(0);
  };
  const connect = () => {
    const s = net.connect(Number(url.port || 80), url.hostname);
    s.setNoDelay(true);
    s.on("data", (chunk: Buffer) => {
      received = received.length ? Buffer.concat([received, chunk]) : chunk;
      let end: ReturnType<typeof responseEnd>;
      try {
        end = responseEnd(received);
      } catch (error) {
        drop();
        return settle({ error: error as Error });
      }
      if (!end || end.length < 0) return;
      received = received.subarray(end.length);
      if (end.close) drop();
      settle({ status: end.status });
    });
    s.on("error", (error) => {
      if (socket === s) drop();
      settle({ error });
    });
    s.on("close", () => {
      if (socket !== s) return;
      // A response without a length ends with the connection.
      const end = responseEnd(received);
      drop();
      settle(end ? { status: end.status } : { error: new Error("connection closed") });
    });
    return s;
  };

  return {
    send(request, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          drop();
          settle({ error: new Error("timeout") });
        }, timeoutMs);
        waiting = { resolve, reject, timer };
        socket ??= connect();
        socket.write(request);
      });
    },
    close: drop,
  };
}

/**
 * Where the first response in `buf` ends: null while incomplete; `length: -1` when it has
 * no length and runs until the connection closes.
 */
export function responseEnd(buf: Buffer): { status: number; length: number; close: boolean } | null {
  const headEnd = buf.indexOf("\r\n\r\n");
  if (headEnd < 0) return null;
  const head = buf.toString("latin1", 0, headEnd);
  const status = Number(head.slice(9, 12));
  const close = /\r\nconnection:\s*close/i.test(head);
  const bodyStart = headEnd + 4;
  if (status === 204 || status === 304) return { status, length: bodyStart, close };
  const contentLength = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (contentLength) {
    const length = bodyStart + Number(contentLength[1]);
    return buf.length >= length ? { status, length, close } : null;
  }
  if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) {
    for (let pos = bodyStart; ;) {
      const lineEnd = buf.indexOf("\r\n", pos);
      if (lineEnd < 0) return null;
      const size = parseInt(buf.toString("latin1", pos, lineEnd), 16);
      if (Number.isNaN(size)) throw new Error("malformed chunked response");
      if (size === 0) {
        // The last chunk, then optional trailers and an empty line.
        const end = buf.indexOf("\r\n\r\n", lineEnd);
        return end < 0 ? null : { status, length: end + 4, close };
      }
      pos = lineEnd + 2 + size + 2;
      if (pos > buf.length) return null;
    }
  }
  return { status, length: -1, close: true };
}
