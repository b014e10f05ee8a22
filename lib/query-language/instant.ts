/**
 * Dates and datetimes as they appear in InvestSuite queries and records, turned into exact
 * instants (nanoseconds since the epoch as a bigint). `Date` would truncate the
 * microseconds InvestSuite writes (`2021-06-24T19:59:15.474241+00:00`), and two versions
 * written in the same millisecond must still compare correctly.
 *
 * Accepted: `20200101`, `2020-01-01`, and `2020-01-01T10:20[:30[.fraction]]` with an
 * optional `Z`, `+00:00` or `+0000` offset (a space instead of `T` works too). A value
 * without an offset is UTC: InvestSuite always writes `+00:00`, and UTC is the only reading
 * that does not depend on where the sandbox runs.
 */
export type Instant = {
  nanos: bigint;
  /** No time part was given: the value names a whole UTC day. */
  dateOnly: boolean;
};

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

const NANOS_PER_MILLI = 1_000_000n;
export const NANOS_PER_DAY = 86_400_000_000_000n;

export function parseInstant(text: string): Instant | null {
  const compact = COMPACT_DATE.exec(text);
  if (compact) return fromParts(compact[1], compact[2], compact[3]);
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, year, month, day, hour, minute, second, fraction, offset] = iso;
  return fromParts(year, month, day, hour, minute, second, fraction, offset);
}

/** The last nanosecond of a date-only value's day; other instants are returned as is. */
export function endOfDay(instant: Instant): bigint {
  return instant.dateOnly ? instant.nanos + NANOS_PER_DAY - 1n : instant.nanos;
}

function fromParts(
  year = "",
  month = "",
  day = "",
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
  offset?: string,
): Instant | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === null) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  const millis = date.getTime() - offsetMinutes * 60_000;
  const subSecondNanos = BigInt((fraction ?? "").padEnd(9, "0"));
  return { nanos: BigInt(millis) * NANOS_PER_MILLI + subSecondNanos, dateOnly: hour === undefined };
}

function parseOffset(offset: string | undefined): number | null {
  if (offset === undefined || offset.toUpperCase() === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
