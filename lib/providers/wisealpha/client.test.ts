import { describe, expect, it, vi } from "vitest";

import { ProviderError } from "../errors";
import type { FetchLike } from "../http";
import { collect } from "../pagination";
import { createWiseAlphaClient } from "./client";

const BASE = "https://api-sandbox.wisealpha.test/v1";
const ACCOUNT = { customerId: "10000001", accountId: "INVACC00000001" };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function fake(answer: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn<FetchLike>(async (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  });
  return { fetch, calls, client: createWiseAlphaClient({ baseUrl: BASE, apiKey: "k3y-0123456789", fetch, sleep: async () => {} }) };
}

/** Trimmed from the seed's product example; accrued_interest_rate is a Float (JSON number) there. */
const PRODUCT = {
  product_id: "INVMKT00000001",
  state: "open",
  market_type: "main_market",
  isin_code: "XS1577956516",
  currency: "GBP",
  buy_price: "101.5000",
  sell_price: "101.5000",
  maturity: "2022-08-01",
  sell_liquidity: ".25",
  coupon: "5.0000",
  yield_to_maturity: "4.7",
  accrued_interest_rate: 0.009205,
  company: { company_id: "CO00000001", company_name: "McLaren", senior_debt: 19 },
};

const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe("createWiseAlphaClient", () => {
  it("sends the static key as `Authorization: Token <key>`", async () => {
    const wa = fake(() => json(200, { investor_types: [] }));
    await wa.client.listInvestorTypes();
    expect(wa.calls[0]!.url).toBe(`${BASE}/customers/investor_types/`);
    expect(header(wa.calls[0]!.init, "Authorization")).toBe("Token k3y-0123456789");
  });

  it("walks offset pages lazily and stops on next: null", async () => {
    const wa = fake((url) => {
      const offset = Number(new URL(url).searchParams.get("offset"));
      const results = offset === 0 ? Array.from({ length: 100 }, (_, i) => ({ id: `EVENT${i}` })) : [{ id: "EVENT100" }];
      return json(200, {
        count: 101,
        next: offset === 0 ? "http://elsewhere/v1/events/?offset=100" : null,
        results: results.map((r) => ({ ...r, created: "2026-01-01T00:00:00Z", event_type: "account.aml-check-passed" })),
      });
    });
    const events = await collect(wa.client.iterateEvents({ eventType: "account.aml-check-passed" }));
    expect(events).toHaveLength(101);
    expect(events[0]).toMatchObject({ data: {} });
    expect(events[0]?.customer_id).toBeUndefined();
    expect(wa.calls.map((c) => new URL(c.url).search)).toEqual([
      "?event_type=account.aml-check-passed&offset=0&limit=100",
      "?event_type=account.aml-check-passed&offset=100&limit=100",
    ]);
  });

  it("retries a GET on 503 but sends a withdrawal and a market order only once", async () => {
    const wa = fake(() => json(503, { detail: "down" }));
    await expect(wa.client.getBalances(ACCOUNT)).rejects.toMatchObject({ code: "server_error", retryable: true });
    expect(wa.calls).toHaveLength(3);

    wa.calls.length = 0;
    await expect(wa.client.withdraw({ ...ACCOUNT, currency: "GBP", amount: "10.00", idempotencyKey: "wd-1" })).rejects.toMatchObject({
      retryable: false,
    });
    await expect(
      wa.client.placeMarketOrder({ ...ACCOUNT, sells: [{ productId: "INVMKT00000001", amount: "5", currency: "GBP", price: "100" }] }),
    ).rejects.toBeInstanceOf(ProviderError);
    expect(wa.calls.map((c) => c.init.method)).toEqual(["POST", "POST"]);
    // No idempotency header: WiseAlpha documents none, and sending one would not make a retry safe.
    expect(Object.keys(wa.calls[0]!.init.headers as object).some((h) => /idempotency/i.test(h))).toBe(false);
    expect(JSON.parse(wa.calls[1]!.init.body as string)).toEqual({
      customer_id: "10000001",
      investment_account_id: "INVACC00000001",
      buys: [],
      sells: [{ product_id: "INVMKT00000001", amount: "5", currency: "GBP", price: "100" }],
    });
  });

  it("checks a withdrawal before sending it: key present, amount a positive 2-place decimal", async () => {
    const wa = fake(() => json(200, { amount: "0.00", currency: "GBP" }));
    await expect(wa.client.withdraw({ ...ACCOUNT, currency: "GBP", amount: "10.005", idempotencyKey: "k" })).rejects.toThrow();
    await expect(wa.client.withdraw({ ...ACCOUNT, currency: "GBP", amount: "-1", idempotencyKey: "k" })).rejects.toThrow();
    await expect(wa.client.withdraw({ ...ACCOUNT, currency: "GBP", amount: "1", idempotencyKey: "" })).rejects.toThrow(/idempotency key/);
    expect(wa.calls).toHaveLength(0);
  });

  it("uploads a document as a raw body with its type and file name", async () => {
    const wa = fake(() => json(200, { status: "ok" }));
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    await wa.client.uploadDocument("10000002", {
      documentType: "bank_statement:GBP",
      data,
      contentType: "application/pdf",
      fileName: "/tmp/März.pdf",
    });
    const { url, init } = wa.calls[0]!;
    expect(url).toBe(`${BASE}/customers/10000002/upload_bank_statement:GBP/`);
    expect(header(init, "Content-Type")).toBe("application/pdf");
    expect(header(init, "Content-Disposition")).toBe(`attachment; filename="M_rz.pdf"; filename*=UTF-8''M%C3%A4rz.pdf`);
    expect(new Uint8Array(await new Response(init.body).arrayBuffer())).toEqual(data);
    await expect(
      wa.client.uploadDocument("10000002", { documentType: "selfie", data, contentType: "image/png", fileName: "x.png" }),
    ).rejects.toThrow();
  });

  it("tells a first investor type (200) from a change waiting for approval (202)", async () => {
    let status = 200;
    const wa = fake(() => json(status, { status: "ok" }));
    const change = {
      investor_type_id: 1,
      annual_income: "1",
      annual_income_currency: "GBP",
      net_investible_assets: "300000",
      net_investible_assets_currency: "GBP",
    };
    expect(await wa.client.changeInvestorType("10000002", change)).toEqual({ status: "ok", pendingApproval: false });
    status = 202;
    expect(await wa.client.changeInvestorType("10000002", change)).toEqual({ status: "ok", pendingApproval: true });
  });

  it("reads the seed's variants: account reference, buys_orders, Float rates, '.25'", async () => {
    const order = {
      id: "MKTBUY1",
      original_id: "MKTBUY1",
      product_id: "P",
      type: "gross",
      state: "open",
      currency: "GBP",
      amount: "500.00",
      principal: null,
      price: "100.0000",
      created: "2026-01-01T00:00:00Z",
    };
    const wa = fake((url) => {
      if (url.includes("/market/"))
        return json(200, { balances: [{ currency: "GBP", amount: "1681.94" }], buys_orders: [order], sell_orders: [] });
      if (url.includes("/products/")) return json(200, PRODUCT);
      return json(200, {
        count: 1,
        next: null,
        previous: null,
        results: [{ reference: "INVACC00004182", account_type: "individual", currencies: ["EUR", "GBP"] }],
      });
    });
    expect(await wa.client.listInvestmentAccounts("10000001")).toEqual([expect.objectContaining({ id: "INVACC00004182" })]);
    const result = await wa.client.placeMarketOrder({
      ...ACCOUNT,
      buys: [{ productId: "P", type: "gross", amount: "500.00", currency: "GBP", price: "100" }],
    });
    expect(result.buy_orders).toEqual([order]);
    expect(await wa.client.getProduct("INVMKT00000001")).toMatchObject({
      accrued_interest_rate: "0.009205",
      sell_liquidity: "0.25",
      yield_to_maturity: "4.7",
    });
  });

  it("refuses ids that are not WiseAlpha customer ids before calling", async () => {
    const wa = fake(() => json(200, {}));
    await expect(wa.client.getCustomer("../events")).rejects.toThrow(/customer id/);
    expect(wa.calls).toHaveLength(0);
  });
});
