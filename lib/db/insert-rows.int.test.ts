import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { DIVEST_REQUEST_COLUMNS } from "@/lib/withdrawals/create-request";

import { insertRows } from "./insert-rows";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

describe("insertRows", () => {
  it("writes every kind of value exactly: text, enums, bigints, decimals, JSON, UTC dates and NULL", async () => {
    const id = `ins-${Date.now()}`;
    const sourceTime = new Date("2026-12-07T23:30:00.123Z");
    // The widest set of column types we write: a divest request's.
    const written = await insertRows(db, "WithdrawalRequest", DIVEST_REQUEST_COLUMNS, [
      {
        id,
        idempotencyKey: `k-${id}`,
        provider: "INVESTSUITE",
        portfolioRef: `P-${id}`,
        ownerRef: null,
        currency: "EUR",
        isFull: false,
        amount: "123456789012345678.123456",
        sourceEventId: 9_007_199_254_740_993n,
        sourceTime,
        createdAt: sourceTime,
        updatedAt: sourceTime,
      },
    ]);
    expect(written).toBe(1);
    const row = await db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      provider: "INVESTSUITE",
      ownerRef: null,
      isFull: false,
      state: "REQUESTED",
      sourceEventId: 9_007_199_254_740_993n,
    });
    expect(row.amount?.toFixed()).toBe("123456789012345678.123456");
    expect(row.sourceTime?.toISOString()).toBe("2026-12-07T23:30:00.123Z");

    await insertRows(
      db,
      "WithdrawalTransition",
      { withdrawalId: "text", toState: '"WithdrawalState"', details: "jsonb", createdAt: "timestamp(3)" },
      [
        {
          withdrawalId: id,
          toState: "REQUESTED",
          details: { amount: "1.10", note: 'it\'s "quoted"', n: [1, null] },
          createdAt: sourceTime,
        },
      ],
    );
    const [transition] = await db.withdrawalTransition.findMany({ where: { withdrawalId: id } });
    expect(transition!.details).toEqual({ amount: "1.10", note: 'it\'s "quoted"', n: [1, null] });
  });

  it("skips conflicting rows when asked, and writes nothing for no rows", async () => {
    const key = `dedupe-${Date.now()}`;
    const row = { userId: "u", kind: "order.filled", title: "t", dedupeKey: key, createdAt: new Date() };
    const types = { userId: "text", kind: "text", title: "text", dedupeKey: "text", createdAt: "timestamp(3)" };
    expect(await insertRows(db, "Notification", types, [row], { onConflictDoNothing: true })).toBe(1);
    expect(await insertRows(db, "Notification", types, [row, row], { onConflictDoNothing: true })).toBe(0);
    expect(await insertRows(db, "Notification", types, [])).toBe(0);
    await expect(insertRows(db, "Notification", types, [row])).rejects.toThrow();
  });
});
