import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { MINIMUM_PORTFOLIO, startTestSandbox, type TestSandbox } from "./test-support";

let sb: TestSandbox;
let portfolioId: string;
beforeEach(async () => {
  sb = await startTestSandbox();
  portfolioId = (await sb.api("POST", "/portfolios/", { ...MINIMUM_PORTFOLIO, owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ" })).json().id;
});
afterEach(async () => {
  await sb.close();
});

const deposit = (status: string, datetime = "2026-11-01T09:00:00+00:00") => ({
  external_id: "core-banking-1",
  movements: [{ type: "CASH_DEPOSIT", status, datetime, instrument_id: "$USD", quantity: "1000.50" }],
});

describe("transactions (provider-apis.md §1.8)", () => {
  it("posts a cash deposit, lists it, and derives type and status from the movements", async () => {
    const res = await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, deposit("EXECUTED"));
    expect(res.statusCode).toBe(201);
    const tx = res.json();
    expect(tx.id).toMatch(/^T[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(tx).toMatchObject({ portfolio_id: portfolioId, portfolio_currency: "USD", type: "CASH_TRANSFER", status: "EXECUTED" });
    expect(res.body).toContain('"quantity":1000.5');

    const list = await sb.api("GET", `/portfolios/${portfolioId}/transactions/?limit=5`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ count: 1, offset: 0, next: null });
    expect(list.json().results[0].id).toBe(tx.id);
    // Holdings are the middleware's to keep in sync (seed 002 "Consistency").
    expect((await sb.api("GET", `/portfolios/${portfolioId}/`)).json().portfolio).toEqual({});
  });

  it("accepts the quick start's array form and answers with an array", async () => {
    const res = await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, [deposit("PLACED"), deposit("EXECUTED")]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toHaveLength(2);
  });

  it("PATCH resends the movements whole and makes a new version; EXECUTED then SETTLED", async () => {
    const tx = (await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, deposit("EXECUTED"))).json();
    const res = await sb.api("PATCH", `/portfolios/${portfolioId}/transactions/${tx.id}/`, {
      movements: [deposit("SETTLED", "2026-11-02T09:00:00+00:00").movements[0]],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "SETTLED", version: 2 });
  });

  it("refuses a status at the top level (derived, not editable) and a bad movement type with the pydantic body", async () => {
    const res = await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, { ...deposit("EXECUTED"), status: "SETTLED" });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail[0]).toMatchObject({ loc: ["body", "status"], msg: "extra fields not permitted", type: "value_error.extra" });
    const bad = await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, {
      movements: [{ ...deposit("EXECUTED").movements[0], type: "GIFT" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail[0].loc).toEqual(["body", "movements", 0, "type"]);
  });

  it("404s for another portfolio's transaction and for an unknown portfolio", async () => {
    const tx = (await sb.api("POST", `/portfolios/${portfolioId}/transactions/`, deposit("EXECUTED"))).json();
    const other = (await sb.api("POST", "/portfolios/", { ...MINIMUM_PORTFOLIO, owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ" })).json()
      .id;
    expect((await sb.api("GET", `/portfolios/${other}/transactions/${tx.id}/`)).statusCode).toBe(404);
    expect((await sb.api("GET", `/portfolios/P01F8ZSNV0J45R9DFZ3D7D8C26X/transactions/`)).statusCode).toBe(404);
  });
});
