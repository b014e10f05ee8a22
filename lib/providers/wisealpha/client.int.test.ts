import Decimal from "decimal.js";
import { afterEach, describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { collect } from "../pagination";
import { DEMO_CUSTOMER, startHarness } from "./test-sandbox";
import { toValidationView } from "./transform";

/** A 1×1 PNG: the sandbox checks magic bytes, as WiseAlpha checks formats. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

describe("WiseAlpha client against the sandbox: onboarding and trading", () => {
  const sandbox = forSuite(startHarness);

  afterEach(() => {
    sandbox.log.length = 0;
  });

  it("reads every managed customer page by page and parses each validation object", async () => {
    const client = sandbox.client();
    const first = await client.listCustomers({ limit: 5 });
    const all = await collect(client.iterateCustomers());
    expect(all).toHaveLength(first.count);
    expect(new Set(all.map((c) => c.customer_id)).size).toBe(all.length);

    const views = new Map(all.map((c) => [c.customer_id, toValidationView(c.validation)]));
    const rejected = [...views.values()].flatMap((v) => v.documents).find((d) => d.state === "rejected");
    expect(rejected?.rejectionReason).toEqual(expect.any(String));
    const attempted = [...views.values()].flatMap((v) => v.questionnaires).find((q) => q.state === "attempted");
    expect(attempted?.failedAttempts).toBeGreaterThan(0);

    const demo = views.get(DEMO_CUSTOMER.customerId);
    expect(demo).toMatchObject({ status: "invest", canInvest: true, canWithdraw: true, aml: { passed: true } });
  });

  it("shows a blocked questionnaire with its message and no attempts left", async () => {
    const client = sandbox.client();
    const all = await collect(client.iterateCustomers());
    const blocked = all.find((c) => c.validation.questionnaire.signup === "failed");
    expect(blocked).toBeDefined();
    const questionnaire = await client.getQuestionnaire(blocked!.customer_id, "signup");
    expect(questionnaire.user_status).toMatchObject({ passed: false, num_attempts_remaining: 0, blocked_message: expect.any(String) });
  });

  it("onboards a new customer: create, patch, investor type, questionnaire, document upload", async () => {
    const client = sandbox.client();
    const created = await client.createCustomer({ email: `client-${Date.now()}@example.com`, first_name: "Ada", last_name: "Lovelace" });
    expect(toValidationView(created.validation)).toMatchObject({
      status: "onboarding",
      nextActions: ["provide-missing-fields", "select-investor-type"],
    });

    const patched = await client.patchCustomer(created.customer_id, {
      contact_number: "07777777777",
      nationality: "GB",
      date_of_birth: "1990-01-01",
      address: { house_number: "1", address1: "Some Street", address3: "London", post_code: "N1 1XX", from_date: "2015-01-01" },
      bank_details: { GBP: { account_name: "Ada Lovelace", sort_code: "12-34-56", account_number: "12345678" } },
      tos_acceptance: { date: "2026-11-23T10:00:00Z", ip_address: "10.0.0.1" },
      tax_residencies: [{ country: "gb", tax_identification_number: "QQ123456C" }],
    });
    expect(patched.validation).toMatchObject({ fields_needed: [], aml_check: { status: "AML Check Pending", passed: false } });
    expect(patched.bank_details).toMatchObject({ GBP: { provided: true } });

    const types = await client.listInvestorTypes();
    const hnw = types.investor_types.find((t) => t.identifier === "Certified High Net Worth Investor");
    const change = {
      investor_type_id: hnw!.id,
      annual_income: "150000",
      annual_income_currency: "GBP",
      net_investible_assets: "300000",
      net_investible_assets_currency: "GBP",
    };
    expect(await client.changeInvestorType(created.customer_id, change)).toEqual({ status: "ok", pendingApproval: false });
    // A second change is a request for WiseAlpha staff: 202.
    expect(await client.changeInvestorType(created.customer_id, { ...change, occupation: "CFO" })).toEqual({
      status: "ok",
      pendingApproval: true,
    });

    const questionnaire = await client.getQuestionnaire(created.customer_id, "signup");
    const wrong = questionnaire.questions.map((q) =>
      q.answers[0] ? { questionId: q.id, answerId: q.answers[0].id } : { questionId: q.id, answerText: "Income" },
    );
    const failed = await client.submitQuestionnaire(created.customer_id, "signup", wrong);
    expect(failed.user_status).toMatchObject({ passed: false, num_failed_attempts: 1, num_attempts_remaining: 2 });

    await expect(
      client.uploadDocument(created.customer_id, {
        documentType: "photo_id",
        data: PNG,
        contentType: "image/png",
        fileName: "passport scan.png",
      }),
    ).resolves.toEqual({ status: "ok" });
    const after = toValidationView((await client.getCustomer(created.customer_id)).validation);
    expect(after.documents.find((d) => d.type === "photo_id")?.state).toBe("provided");
    expect(after.questionnaires.find((q) => q.type === "signup")).toMatchObject({ state: "attempted", failedAttempts: 1 });
    expect(sandbox.log.filter((e) => e.method === "POST").every((e) => e.status !== null && e.status < 300)).toBe(true);
  });

  it("quotes, then places a market order whose figures match the quote", async () => {
    const client = sandbox.client();
    const product = await client.getProduct("INVMKT00000001");
    expect(product.accrued_interest_rate).toMatch(/^\d+\.\d+$/);
    const buy = {
      productId: product.product_id,
      type: "principal" as const,
      amount: "500.00",
      currency: product.currency,
      price: product.buy_price,
    };
    const before = await client.getBalance({ ...DEMO_CUSTOMER, currency: "GBP" });

    const quote = await client.quote({ ...DEMO_CUSTOMER, buys: [buy] });
    const quoted = quote.buys[0]!;
    expect(quoted).toMatchObject({ principal: "500.00", warnings: [] });
    expect(new Decimal(quoted.total).equals(new Decimal(quoted.principal).mul(product.buy_price).div(100).add(quoted.interest))).toBe(true);

    const placed = await client.placeMarketOrder({ ...DEMO_CUSTOMER, buys: [buy] });
    const order = placed.buy_orders[0]!;
    expect(order).toMatchObject({ product_id: product.product_id, type: "principal", principal: "500.00", amount: quoted.total });
    expect(placed.balances).toEqual([{ currency: "GBP", amount: new Decimal(before.amount).sub(quoted.total).toFixed(2) }]);
    // The book had sellers at this price, so the order filled at once and can be read by its id.
    const filled = await client.getOrder({ ...DEMO_CUSTOMER, side: "buy", orderId: order.original_id });
    expect(filled).toMatchObject({ original_id: order.original_id, state: "filled" });
    expect(sandbox.log.filter((e) => e.path === "/market/")).toHaveLength(1);
  });

  it("cancels the open remainder of a buy larger than the liquidity, and the refund and event follow", async () => {
    const client = sandbox.client();
    const product = await client.getProduct("INVMKT00000002");
    const principal = new Decimal(product.sell_liquidity).add(100).toFixed(2);
    const placed = await client.placeMarketOrder({
      ...DEMO_CUSTOMER,
      buys: [{ productId: product.product_id, type: "principal", amount: principal, currency: "GBP", price: product.buy_price }],
    });
    const originalId = placed.buy_orders[0]!.original_id;
    const open = (await collect(client.iterateOrders(DEMO_CUSTOMER, "buy"))).find((o) => o.original_id === originalId);
    expect(open).toMatchObject({ state: "open", principal: "100.00" });
    const balanceBefore = (await client.getBalance({ ...DEMO_CUSTOMER, currency: "GBP" })).amount;

    const { order } = await client.cancelOrder({ ...DEMO_CUSTOMER, side: "buy", orderId: open!.id });
    expect(order).toMatchObject({ id: open!.id, state: "cancelled" });
    expect((await client.listOrders(DEMO_CUSTOMER, "buy")).results.some((o) => o.original_id === originalId)).toBe(false);
    const refunded = (await client.getBalance({ ...DEMO_CUSTOMER, currency: "GBP" })).amount;
    expect(new Decimal(refunded).sub(balanceBefore).equals(open!.amount)).toBe(true);

    const events = await collect(client.iterateEvents({ customerId: DEMO_CUSTOMER.customerId, eventType: "buy-order.cancelled" }));
    expect(events.some((e) => (e.data as { original_id?: string }).original_id === originalId)).toBe(true);
    // Cancelling again is refused: the order is no longer live.
    await expect(client.cancelOrder({ ...DEMO_CUSTOMER, side: "buy", orderId: open!.id })).rejects.toMatchObject({
      status: 400,
      code: "validation",
    });
  });
});
