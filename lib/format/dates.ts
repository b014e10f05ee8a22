import { formatDistanceStrict, type Locale } from "date-fns";
import { de, enGB, enUS, fr, nlBE } from "date-fns/locale";

import { DEFAULT_FORMAT_PREFS, type FormatPrefs } from "./prefs";

/**
 * Dates and times as a person reads them: in their time zone and locale (Intl.DateTimeFormat does
 * the zone arithmetic, DST included), with UTC for the tooltip, and ages relative to now
 * (date-fns). Never by cutting an ISO string: that shows UTC to someone who is not in UTC.
 */

export type DateInput = Date | string | number;
export type DateStyle = "date" | "datetime" | "datetime-seconds" | "time";

const DATE_FNS_LOCALES: Record<string, Locale> = { "en-GB": enGB, "en-US": enUS, "nl-BE": nlBE, "fr-BE": fr, "de-DE": de };

export function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { year: "numeric", month: "short", day: "2-digit" },
  datetime: { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit" },
  "datetime-seconds": { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit", second: "2-digit" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(prefs: FormatPrefs, style: DateStyle, zoneName: boolean): Intl.DateTimeFormat {
  const key = `${prefs.locale}|${prefs.timeZone}|${style}|${zoneName}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(prefs.locale, {
      ...STYLES[style],
      timeZone: prefs.timeZone,
      ...(zoneName && style !== "date" ? { timeZoneName: "short" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "07 Dec 2026, 10:12" in the person's zone; null for a missing or invalid date. */
export function formatDateTime(
  value: DateInput | null | undefined,
  prefs: FormatPrefs = DEFAULT_FORMAT_PREFS,
  style: DateStyle = "datetime",
  options: { zoneName?: boolean } = {},
): string | null {
  if (value === null || value === undefined) return null;
  const date = toDate(value);
  return date ? formatter(prefs, style, options.zoneName ?? false).format(date) : null;
}

/** "2026-12-07 09:12:42 UTC": the unambiguous form for a tooltip or a support ticket. */
export function formatUtc(value: DateInput | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = toDate(value);
  if (!date) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`
  );
}

/** "3 minutes ago" / "in 2 hours", in the person's language. */
export function formatRelative(
  value: DateInput | null | undefined,
  now: DateInput = new Date(),
  locale = DEFAULT_FORMAT_PREFS.locale,
): string | null {
  if (value === null || value === undefined) return null;
  const date = toDate(value);
  const base = toDate(now);
  if (!date || !base) return null;
  return formatDistanceStrict(date, base, { addSuffix: true, locale: DATE_FNS_LOCALES[locale] ?? enGB });
}

/**
 * A calendar day (a date of birth, a value date) that has no time of day: shown as that day in
 * every zone, so it is formatted in UTC where it was stored as midnight UTC.
 */
export function formatCalendarDay(value: DateInput | null | undefined, locale = DEFAULT_FORMAT_PREFS.locale): string | null {
  return formatDateTime(value, { locale, timeZone: "UTC" }, "date");
}
