import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { startTestSandbox, type TestSandbox } from "./test-support";

let sb: TestSandbox;
let portfolioId: string;
beforeEach(async () => {
  sb = await startTestSandbox();
  portfolioId = Object.values(sb.state.portfolios).find((p) => p.money_type === "REAL_MONEY")!.id;
});
afterEach(async () => {
  await sb.close();
});

const deposit = (amount: string, key?: string) =>
  sb.api(
    "POST",
    "/events/deposit/",
    { data: { amount, currency: "USD", portfolio: portfolioId, external_id: "example_external_id" } },
    key ? { "idempotency-key": key } : {},
  );

describe("POST /events/deposit/ and /events/withdraw/", () => {
  it("records the deposit once per Idempotency-Key and replays the first answer", async () => {
    const holdingsBefore = { ...sb.state.portfolios[portfolioId]!.portfolio };
    const first = await deposit("1000", '"LVRYWG833Vp2FIIG"');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      type: "CASH_DEPOSIT",
      portfolio_id: portfolioId,
      amount: "1000",
      currency: "USD",
      idempotency_key: "LVRYWG833Vp2FIIG",
    });
    const replay = await deposit("1000", '"LVRYWG833Vp2FIIG"');
    expect(replay.statusCode).toBe(201);
    expect(replay.body).toBe(first.body);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(sb.state.cashTransfers).toHaveLength(1);
    // Documented effect: holdings are the middleware's to PATCH; the event does not move cash.
    expect(sb.state.portfolios[portfolioId]!.portfolio).toEqual(holdingsBefore);
  });

  it("answers 422 when a key is reused with a different body or on the other endpoint", async () => {
    expect((await deposit("1000", "key-1")).statusCode).toBe(201);
    const changed = await deposit("1001", "key-1");
    expect(changed.statusCode).toBe(422);
    expect(changed.json().detail[0].loc).toEqual(["header", "Idempotency-Key"]);
    const otherEndpoint = await sb.api(
      "POST",
      "/events/withdraw/",
      { data: { amount: "1000", currency: "USD", portfolio: portfolioId, external_id: "example_external_id" } },
      { "idempotency-key": "key-1" },
    );
    expect(otherEndpoint.statusCode).toBe(422);
    expect(sb.state.cashTransfers).toHaveLength(1);
  });

  it("treats requests without a key as separate events", async () => {
    await deposit("5");
    await deposit("5");
    expect(sb.state.cashTransfers.map((t) => t.amount)).toEqual(["5", "5"]);
    const withdraw = await sb.api("POST", "/events/withdraw/", { data: { amount: "2.50", currency: "USD", portfolio: portfolioId } });
    expect(withdraw.json()).toMatchObject({ type: "CASH_WITHDRAWAL", amount: "2.5" });
  });

  it("validates the body", async () => {
    expect((await deposit("-5", "k-neg")).statusCode).toBe(400);
    const unknown = await sb.api("POST", "/events/deposit/", {
      data: { amount: "5", currency: "USD", portfolio: "P01F8ZSNV0J45R9DFZ3D7D8C26F" },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail[0].loc).toEqual(["body", "data", "portfolio"]);
    const extra = await sb.api("POST", "/events/deposit/", { data: { amount: "5", currency: "USD", portfolio: portfolioId }, foo: 1 });
    expect(extra.json().detail[0]).toMatchObject({ loc: ["body", "foo"], type: "value_error.extra" });
    // A failed request does not burn its key.
    expect((await deposit("5", "k-neg")).statusCode).toBe(201);
  });
});
