import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { EVENT_HANDLERS, handleOne } from "@/lib/events/handlers";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

let nextEventId = 9_100_000n;
async function deliver(type: string, data: Record<string, unknown>, customerId = "10000001") {
  const id = nextEventId++;
  const event = {
    id,
    provider: "WISEALPHA" as const,
    type,
    payload: { id: `EVENT${id}`, created: "2026-11-30T10:00:00Z", event_type: type, customer_id: customerId, data },
  };
  const handler = EVENT_HANDLERS[`WISEALPHA:${type}`]!;
  await db.$transaction((tx) => handleOne(handler, tx, event));
  // A replay runs the handler again on the same event.
  await db.$transaction((tx) => handleOne(handler, tx, event));
  return id;
}

const investment = { product_id: "INVMKT00000007", company_name: "McLaren" };

describe("WiseAlpha coupon, repayment and robowise events (#16)", () => {
  it("records a coupon and a partial repayment once each, exactly as sent", async () => {
    const coupon = await deliver("investment.payment", {
      investment,
      currency: "GBP",
      interest_payment: "45.00",
      reinvesting_proceeds: false,
    });
    const partial = await deliver("investment.partial_repayment", {
      investment,
      currency: "GBP",
      interest_payment: "1.35",
      reinvesting_proceeds: false,
      call_price: "102.00",
      principal_payment: "510.00",
    });
    const rows = await db.wiseAlphaInvestmentPayment.findMany({
      where: { eventId: { in: [coupon, partial] } },
      orderBy: { eventId: "asc" },
    });
    expect(
      rows.map((r) => [
        r.kind,
        r.productId,
        r.customerRef,
        r.interestPayment.toFixed(2),
        r.principalPayment?.toFixed(2) ?? null,
        r.callPrice?.toString() ?? null,
      ]),
    ).toEqual([
      ["payment", "INVMKT00000007", "10000001", "45.00", null, null],
      ["partial_repayment", "INVMKT00000007", "10000001", "1.35", "510.00", "102"],
    ]);
    expect(rows[0]!.occurredAt.toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });

  it("refuses a payment event without its investment, so it is marked failed rather than half recorded", async () => {
    const handler = EVENT_HANDLERS["WISEALPHA:investment.repayment"]!;
    const event = {
      id: nextEventId++,
      provider: "WISEALPHA" as const,
      type: "investment.repayment",
      payload: { id: "EVENTX", event_type: "investment.repayment", customer_id: "1", data: {} },
    };
    await expect(db.$transaction((tx) => handleOne(handler, tx, event))).rejects.toThrow(/investment/);
  });

  it("records robowise.closed", async () => {
    const id = await deliver("robowise.closed", {
      robowise_account: "RWACC00000009",
      investment_account: "INVACC00000001",
      closure_type: "liquidate",
      amount_returned: "600.00",
      currency: "GBP",
    });
    const row = await db.wiseAlphaRobowiseClosure.findUniqueOrThrow({ where: { eventId: id } });
    expect([row.robowiseRef, row.closureType, row.amountReturned?.toFixed(2)]).toEqual(["RWACC00000009", "liquidate", "600.00"]);
  });
});
