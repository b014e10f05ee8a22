/**
 * PostgreSQL error classes that blame the data, not the database: 22 data exception
 * (e.g. a value our checks missed), 54 program limit (an index entry too large). Such a
 * delivery fails the same way every time, so it is refused (422, recorded) rather than
 * answered 503 for the provider to redeliver forever (issue 20, finding 7).
 * pgRawQueries throws pg's own error (`code`); Prisma wraps it as P2010 with the adapter's
 * error under `meta.driverAdapterError.cause.originalCode` (measured, Prisma 6.19).
 */
export function isDataError(err: unknown): boolean {
  const queue: unknown[] = [err];
  for (let seen = 0; queue.length > 0 && seen < 8; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const o = e as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [o.code, o.originalCode]) {
      if (typeof code === "string" && /^(22|54)[0-9A-Z]{3}$/.test(code)) return true;
    }
    queue.push(o.cause, o.meta?.driverAdapterError);
  }
  return false;
}
