/**
 * Wall-clock time in a named zone ⇄ an instant, for date inputs (`<input type="datetime-local">`
 * shows and returns wall time without a zone). Intl knows the zone rules; no tz library needed.
 */

/** Years 1000–9999: what a datetime-local input can show, and safely inside Date's range after a zone shift. */
function inShownRange(instant: number): boolean {
  if (Number.isNaN(instant)) return false;
  const year = new Date(instant).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-07T10:00" in Europe/Brussels → 2026-12-07T09:00:00.000Z; null when the text is not a wall time. */
export function zonedWallTimeToUtc(wall: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wall.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  // Date.UTC reads years 0–99 as 1900–1999: refuse them before it can.
  if (Number(y) < 1000) return null;
  const guess = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (!inShownRange(guess)) return null;
  // Two passes: the offset at the guessed instant can differ from the offset at the answer around a DST change.
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

/** An instant as "YYYY-MM-DDTHH:mm" wall time in `timeZone`, for a datetime-local input's value. */
export function utcToZonedWallTime(value: Date | string, timeZone: string): string | null {
  const date = value instanceof Date ? value : new Date(value);
  // A date at the edge of JavaScript's range (a hostile URL: 275760-09-13) has no shifted wall time: show none.
  if (!inShownRange(date.getTime())) return null;
  const local = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16); // a formatting step on our own shifted instant, not a cut of a stored date
}

/** The UTC calendar day of an instant as a date input's value (`YYYY-MM-DD`); not for display. */
export function utcDayInputValue(value: Date): string {
  return value.toISOString().slice(0, 10);
}
