/**
 * PostgreSQL error classes that blame the data, not the database: 22 data exception
 * (e.g. a value our checks missed), 54 program limit (an index entry too large). Such a
 * delivery fails the same way every time, so it is refused (422, recorded) rather than
 * answered 503 for the provider to redeliver forever (issue 20, finding 7).
 * Prisma wraps pg's error (its code in `cause.originalCode` or `meta.code`); pgRawQueries throws pg's own (`code`).
 */
export function isDataError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown } };
    for (const code of [o.code, o.originalCode, o.meta?.code]) {
      if (typeof code === "string" && /^(22|54)[0-9A-Z]{3}$/.test(code)) return true;
    }
  }
  return false;
}
