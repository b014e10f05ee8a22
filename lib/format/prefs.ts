/**
 * How one person reads numbers and times: a user setting (User.locale / User.timeZone), falling back
 * to these defaults. Europe/Brussels, not UTC: the staff work in Belgium, and a time in their own
 * zone is what they compare with a customer's call or e-mail; UTC stays one hover away.
 */
export type FormatPrefs = { locale: string; timeZone: string };

export const DEFAULT_FORMAT_PREFS: FormatPrefs = { locale: "en-GB", timeZone: "Europe/Brussels" };

/** The locales the settings form offers (each has a date-fns locale in lib/format/dates.ts). */
export const SUPPORTED_LOCALES = [
  { value: "en-GB", label: "English (United Kingdom)" },
  { value: "en-US", label: "English (United States)" },
  { value: "nl-BE", label: "Nederlands (België)" },
  { value: "fr-BE", label: "Français (Belgique)" },
  { value: "de-DE", label: "Deutsch (Deutschland)" },
] as const;

export function isSupportedLocale(value: string): boolean {
  return SUPPORTED_LOCALES.some((l) => l.value === value);
}

/** Whether the runtime knows this IANA zone (Intl throws a RangeError otherwise). */
export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** A stored preference, or the default when it is missing or no longer valid. */
export function resolveFormatPrefs(stored: { locale?: string | null; timeZone?: string | null } | null | undefined): FormatPrefs {
  return {
    locale: stored?.locale && isSupportedLocale(stored.locale) ? stored.locale : DEFAULT_FORMAT_PREFS.locale,
    timeZone: stored?.timeZone && isValidTimeZone(stored.timeZone) ? stored.timeZone : DEFAULT_FORMAT_PREFS.timeZone,
  };
}
