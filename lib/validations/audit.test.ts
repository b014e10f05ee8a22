import { describe, expect, it } from "vitest";

import { parseAuditFilter } from "./audit";

describe("parseAuditFilter", () => {
  it("keeps known filters and ignores empty ones", () => {
    const result = parseAuditFilter({ action: "user.", actor: "", outcome: "DENIED", from: "2026-01-01T00:00", extra: "x" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ action: "user.", actor: undefined, outcome: "DENIED" });
    expect(result.data?.from?.toISOString().slice(0, 10)).toBe("2026-01-01");
  });
  it("says which value is wrong", () => {
    const result = parseAuditFilter({ from: "yesterday", before: "abc" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["from", "before"]);
    expect(result.error?.issues[0]?.message).toBe('"yesterday" is not a date.');
  });
  it("reads a datetime-local value as UTC, whatever the server's time zone", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const result = parseAuditFilter({ from: "2026-01-01T10:00", to: "2026-01-02" });
      expect(result.data?.from?.toISOString()).toBe("2026-01-01T10:00:00.000Z");
      expect(result.data?.to?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
      expect(parseAuditFilter({ from: "2026-01-01T10:00:00+02:00" }).data?.from?.toISOString()).toBe("2026-01-01T08:00:00.000Z");
    } finally {
      process.env.TZ = zone;
    }
  });
});
