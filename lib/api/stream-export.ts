import { PassThrough, Readable, type Writable } from "node:stream";

import { stringify } from "csv-stringify";

/**
 * What every export route (audit, events, portfolios) streams through: one CSV cell escaper
 * against formula injection, and one loop that stops when the browser goes away.
 */

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with = + - @ (or a tab / CR
 * that it strips first) as a formula, e.g. a portfolio named `=HYPERLINK("http://evil", "x")`.
 * Prefixing `'` makes it text. Only strings are escaped: numbers are ours, not user input.
 */
export function escapeCsvCell(value: string): string {
  // A plain number (a negative amount) is data a spreadsheet should keep as a number.
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** A CSV writer with a header row whose every string cell goes through escapeCsvCell. */
export function csvWriter(columns: readonly string[]) {
  return stringify({ header: true, columns: [...columns], cast: { string: escapeCsvCell } });
}

export const ndjsonWriter = () => new PassThrough();

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/** A browser closing the download (Cancel, closed tab) is routine, not a failure: no stack, no error. */
export function isClientAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === "AbortError" || code === "ABORT_ERR" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ERR_STREAM_DESTROYED";
}

/**
 * Streams `rows` (already converted to what `out` takes) into `out` with backpressure. The
 * first row is read before the response is built, so a failing query answers with an error
 * status instead of a dropped connection. A client abort stops reading at once (no more
 * database batches or provider pages) and is logged at info without a stack.
 */
export async function streamExport<T>(options: {
  rows: AsyncIterator<T>;
  out: Writable & Readable;
  signal: AbortSignal;
  log: Log;
  what: string;
}): Promise<ReadableStream> {
  const { rows, out, signal, log, what } = options;
  const first = await rows.next();
  const stop = () => out.destroy();
  signal.addEventListener("abort", stop, { once: true });
  const writable = () =>
    new Promise((resolve) => {
      out.once("drain", resolve);
      out.once("close", resolve);
    });
  // Cancelling the web stream destroys `out`, possibly with an AbortError: that is the client leaving.
  out.on("error", (error) => {
    if (!isClientAbort(error, signal)) log.error({ err: error, what }, "export stream failed");
  });
  void (async () => {
    let abandoned = false;
    try {
      for (let next = first; !next.done; next = await rows.next()) {
        if (out.destroyed || signal.aborted) {
          abandoned = true;
          break;
        }
        if (!out.write(next.value)) await writable();
      }
      if (!out.destroyed) out.end();
    } catch (error) {
      if (isClientAbort(error, signal) || out.destroyed) {
        abandoned = true;
        out.destroy();
      } else {
        log.error({ err: error, what }, "export failed while streaming");
        out.destroy(error as Error);
      }
    } finally {
      signal.removeEventListener("abort", stop);
      if (abandoned) log.info({ what }, "export: the client went away; stopped reading");
      // Ends the generator, so it stops fetching batches or provider pages.
      await rows.return?.(undefined).catch(() => undefined);
    }
  })();
  return Readable.toWeb(out) as ReadableStream;
}
