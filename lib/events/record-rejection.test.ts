import { describe, expect, it } from "vitest";

import { createRejectionLog, storableSample, type RejectionDb } from "./record-rejection";

function fakeDb() {
  const rows: { body: string; ip: string | null; reason: string }[] = [];
  const counts: unknown[][] = [];
  const db: RejectionDb = {
    eventRejection: { createMany: async ({ data }) => rows.push(...data) },
    $executeRaw: async (_query, ...values) => counts.push(values) && 1,
  };
  return { db, rows, counts };
}

const refusal = (ip: string | null, body = "x") => ({
  provider: "WISEALPHA" as const,
  transport: "WEBHOOK" as const,
  reason: "bad",
  body,
  ip,
});

describe("rejection log", () => {
  it("keeps rows up to the allowance per sender and minute, counts the rest, and starts afresh next minute", async () => {
    let now = Date.UTC(2026, 11, 7, 7, 0, 10);
    const log = createRejectionLog({ perSenderPerMinute: 2, sampleBytes: 16 }, () => now);
    const { db, rows, counts } = fakeDb();
    await log.record(db, [refusal("a"), refusal("a"), refusal("a"), refusal("b")]);
    await log.record(db, [refusal("a")]);
    expect(rows.map((r) => r.ip)).toEqual(["a", "a", "b"]);
    // Sender a's third and fourth refusal: counted in its minute's row, one statement per sender and call.
    expect(counts.map((v) => [v[2], v[3], v[4]])).toEqual([
      ["a", new Date(Date.UTC(2026, 11, 7, 7, 0)), 1],
      ["a", new Date(Date.UTC(2026, 11, 7, 7, 0)), 1],
    ]);
    now += 60_000;
    await log.record(db, [refusal("a")]);
    expect(rows).toHaveLength(4);
  });

  it("stores a sample PostgreSQL accepts: NUL escaped, broken characters replaced, cut with a note", () => {
    expect(storableSample(Buffer.from([0x7b, 0, 0xff, 0x7d]), 16)).toBe("{\\u0000\uFFFD}");
    expect(storableSample("a\ud800b", 16)).toBe("a\uFFFDb");
    expect(storableSample("y".repeat(5000), 8)).toBe("yyyyyyyy…[5000 bytes, first 8 kept]");
  });
});
