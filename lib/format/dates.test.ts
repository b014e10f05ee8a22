import { describe, expect, it } from "vitest";

import { formatCalendarDay, formatDateTime, formatRelative, formatUtc } from "./dates";
import { resolveFormatPrefs } from "./prefs";

const brussels = { locale: "en-GB", timeZone: "Europe/Brussels" };

describe("formatDateTime", () => {
  it("shows the time in the person's zone, DST included", () => {
    // 23:30 UTC on 31 Dec is already New Year in Brussels (UTC+1 in winter).
    expect(formatDateTime("2026-12-31T23:30:00Z", brussels)).toBe("01 Jan 2027, 00:30");
    // Summer time: UTC+2.
    expect(formatDateTime("2026-07-01T10:00:00Z", brussels)).toBe("01 Jul 2026, 12:00");
    expect(formatDateTime("2026-07-01T10:00:00Z", { locale: "en-GB", timeZone: "America/New_York" })).toBe("01 Jul 2026, 06:00");
    expect(formatDateTime("2026-07-01T10:00:00Z", brussels, "date")).toBe("01 Jul 2026");
  });

  it("uses the person's locale", () => {
    expect(formatDateTime("2026-12-07T09:12:00Z", { locale: "de-DE", timeZone: "Europe/Brussels" })).toBe("07. Dez. 2026, 10:12");
  });

  it("returns null for missing or invalid input rather than 'Invalid Date'", () => {
    expect(formatDateTime(null, brussels)).toBeNull();
    expect(formatDateTime("not a date", brussels)).toBeNull();
  });
});

describe("formatUtc and formatCalendarDay", () => {
  it("gives UTC for the tooltip whatever the person's zone", () => {
    expect(formatUtc("2026-12-31T23:30:05Z")).toBe("2026-12-31 23:30:05 UTC");
  });
  it("keeps a calendar day on its day in every zone", () => {
    expect(formatCalendarDay("1990-05-01T00:00:00Z")).toBe("01 May 1990");
  });
});

describe("formatRelative", () => {
  it("says how long ago, in the person's language", () => {
    const now = "2026-12-07T12:00:00Z";
    expect(formatRelative("2026-12-07T11:57:00Z", now)).toBe("3 minutes ago");
    expect(formatRelative("2026-12-07T14:00:00Z", now)).toBe("in 2 hours");
    expect(formatRelative("2026-12-05T12:00:00Z", now, "nl-BE")).toBe("2 dagen geleden");
  });
});

describe("resolveFormatPrefs", () => {
  it("falls back to en-GB and Europe/Brussels for missing or unknown values", () => {
    expect(resolveFormatPrefs(null)).toEqual({ locale: "en-GB", timeZone: "Europe/Brussels" });
    expect(resolveFormatPrefs({ locale: "xx-XX", timeZone: "Mars/Olympus" })).toEqual({ locale: "en-GB", timeZone: "Europe/Brussels" });
    expect(resolveFormatPrefs({ locale: "nl-BE", timeZone: "Asia/Tokyo" })).toEqual({ locale: "nl-BE", timeZone: "Asia/Tokyo" });
  });
});
