import { describe, expect, it } from "vitest";

import { utcToZonedWallTime, zonedWallTimeToUtc } from "./zoned";

describe("zoned wall time", () => {
  it("reads a wall time in the person's zone, winter and summer", () => {
    expect(zonedWallTimeToUtc("2026-12-07T10:00", "Europe/Brussels")?.toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-07-01T12:00", "Europe/Brussels")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-07-01", "America/New_York")?.toISOString()).toBe("2026-07-01T04:00:00.000Z");
    expect(zonedWallTimeToUtc("yesterday", "UTC")).toBeNull();
  });

  it("shows an instant as wall time in the zone, and round-trips", () => {
    expect(utcToZonedWallTime("2026-12-31T23:30:00Z", "Europe/Brussels")).toBe("2027-01-01T00:30");
    expect(utcToZonedWallTime("2026-03-29T01:30:00Z", "Europe/Brussels")).toBe("2026-03-29T03:30");
    const wall = "2026-10-25T01:15";
    expect(utcToZonedWallTime(zonedWallTimeToUtc(wall, "Asia/Tokyo")!, "Asia/Tokyo")).toBe(wall);
  });

  it("has no wall time for dates at the edge of JavaScript's range (a hostile URL), instead of throwing", () => {
    expect(utcToZonedWallTime("+275760-09-13T00:00:00.000Z", "Europe/Brussels")).toBeNull();
    expect(utcToZonedWallTime("275760-09-13", "Europe/Brussels")).toBeNull();
    expect(zonedWallTimeToUtc("0000-01-01T00:00", "Europe/Brussels")).toBeNull();
  });
});
