import type http from "node:http";

/**
 * A delivery's body, read up to one byte past `limit` and no further (issue 20, finding 8:
 * reading whole bodies before the 1 MiB check let three 200 MB posts grow the web app's
 * memory by 0.9 GB). A declared Content-Length over the limit is refused before a byte is
 * read; a body without one (chunked) is counted as it streams and abandoned once over.
 * `incomplete`: the sender stopped before the end (aborted or truncated).
 */
export type BodyRead = { rawBody: Buffer; tooLarge: boolean; incomplete: boolean };

function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  const declared = Number(contentLength);
  return contentLength != null && Number.isFinite(declared) && declared > limit;
}

/** For the Next.js route handlers: the Fetch API request's stream, cancelled once over the limit. */
export async function readWebBody(request: Request, limit: number): Promise<BodyRead> {
  if (declaredTooLarge(request.headers.get("content-length"), limit)) {
    await request.body?.cancel().catch(() => undefined);
    return { rawBody: Buffer.alloc(0), tooLarge: true, incomplete: false };
  }
  if (!request.body) return { rawBody: Buffer.alloc(0), tooLarge: false, incomplete: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { rawBody: Buffer.concat(chunks, kept), tooLarge: false, incomplete: false };
      const room = limit + 1 - kept;
      if (value.length >= room) {
        chunks.push(value.subarray(0, room));
        kept += room;
        await reader.cancel().catch(() => undefined);
        return { rawBody: Buffer.concat(chunks, kept), tooLarge: true, incomplete: false };
      }
      chunks.push(value);
      kept += value.length;
    }
  } catch {
    // The client went away mid-body: what arrived is all there is.
    return { rawBody: Buffer.concat(chunks, kept), tooLarge: false, incomplete: true };
  }
}

/**
 * For the intake listener: node's request stream, paused once over the limit. The caller
 * answers and then closes the connection (the rest of the body is never read).
 */
export function readNodeBody(req: http.IncomingMessage, limit: number): Promise<BodyRead> {
  if (declaredTooLarge(req.headers["content-length"], limit)) {
    return Promise.resolve({ rawBody: Buffer.alloc(0), tooLarge: true, incomplete: false });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    const finish = (result: Omit<BodyRead, "rawBody">) => {
      req.off("data", onData);
      resolve({ rawBody: Buffer.concat(chunks, kept), ...result });
    };
    const onData = (chunk: Buffer) => {
      const room = limit + 1 - kept;
      if (chunk.length >= room) {
        chunks.push(chunk.subarray(0, room));
        kept += room;
        req.pause();
        finish({ tooLarge: true, incomplete: false });
        return;
      }
      chunks.push(chunk);
      kept += chunk.length;
    };
    req.on("data", onData);
    req.once("end", () => finish({ tooLarge: false, incomplete: false }));
    // 'close' without 'end' (or an 'error'): the sender aborted; a second finish is a no-op for the promise.
    req.once("error", () => finish({ tooLarge: false, incomplete: true }));
    req.once("close", () => finish({ tooLarge: false, incomplete: !req.complete }));
  });
}
