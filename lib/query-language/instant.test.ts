import { describe, expect, it } from "vitest";

import { endOfDay, NANOS_PER_DAY, parseInstant } from "./instant";

const EPOCH_2020 = BigInt(Date.UTC(2020, 0, 1)) * 1_000_000n;

describe("parseInstant", () => {
  it.each([
    ["20200101", EPOCH_2020, true],
    ["2020-01-01", EPOCH_2020, true],
    ["2020-01-01T00:00", EPOCH_2020, false],
    ["2020-01-01T00:00:00Z", EPOCH_2020, false],
    ["2020-01-01 00:00:00+00:00", EPOCH_2020, false],
    ["2020-01-01T01:30:00+01:30", EPOCH_2020, false],
    ["2019-12-31T19:00:00-0500", EPOCH_2020, false],
    ["2020-01-01T00:00:00.000001+00:00", EPOCH_2020 + 1_000n, false],
    ["2020-01-01T00:00:00.123456789123Z", EPOCH_2020 + 123_456_789n, false], // beyond ns is cut
    ["2020-02-29", EPOCH_2020 + 59n * NANOS_PER_DAY, true],
  ])("%s", (text, nanos, dateOnly) => {
    expect(parseInstant(text)).toEqual({ nanos, dateOnly });
  });

  it.each([
    "2019-02-29",
    "20201301",
    "2020-00-10",
    "2020-01-32",
    "2020-01-01T24:00",
    "2020-01-01T10:60",
    "2020-01-01T10:00+25:00",
    "12345678x",
    "2020-1-1",
    "",
    "jane",
  ])("rejects %s", (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it("keeps years before 100 as written", () => {
    // Date.UTC(50, 0, 1) would silently mean 1950.
    expect(parseInstant("0050-01-01")?.nanos).toBe(-60_589_296_000_000n * 1_000_000n);
  });

  it("endOfDay extends only date-only values", () => {
    const day = parseInstant("20200101");
    const time = parseInstant("2020-01-01T00:00:00Z");
    expect(day && endOfDay(day)).toBe(EPOCH_2020 + NANOS_PER_DAY - 1n);
    expect(time && endOfDay(time)).toBe(EPOCH_2020);
  });
});
