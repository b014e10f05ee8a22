import Decimal from "decimal.js";
import { afterEach, describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { faultConfigSchema, resetFaults, setFaults } from "../lib/faults";
import { FAILED_AUTH_LIMIT } from "./http/auth";
import { auth, buildApp, callsOf, DEMO_ACCOUNT } from "./test-helpers";

const h = forSuite(buildApp);
afterEach(() => resetFaults());

const { api, control } = callsOf(() => h);
const ACC = DEMO_ACCOUNT;

describe("routing details", () => {
  it("answers a wrong method on a known path with DRF's 405", async () => {
    const res = await api("DELETE", "/customers/10000001/");
    expect([res.statusCode, res.json(), res.headers.allow]).toEqual([405, { detail: 'Method "DELETE" not allowed.' }, "GET, PUT, PATCH"]);
    expect((await api("GET", "/market/")).statusCode).toBe(405);
  });

  it("does not read investor_types as a customer id, and accepts paths without the trailing slash", async () => {
    const types = (await api("GET", "/customers/investor_types/")).json().investor_types;
    expect(types.map((t: { id: number; identifier: string }) => [t.id, t.identifier])).toEqual([
      [1, "Certified High Net Worth Investor"],
      [2, "Standard Investor"],
      [3, "Self-Certified Sophisticated Investor"],
      [4, "Advised Investor"],
      [5, "Professional Investor"],
    ]);
    expect((await api("GET", `${ACC}`)).json().id).toBe("INVACC00000001");
  });

  it("injects faults on the API but not on the scenario controls", async () => {
    setFaults("wisealpha", faultConfigSchema.parse({ errorRate: 1, errorStatus: 503 }));
    expect((await api("GET", "/products/")).statusCode).toBe(503);
    expect((await h.app.inject({ method: "GET", url: "/wisealpha/__sandbox/webhooks" })).statusCode).toBe(200);
  });
});

describe("failed-authentication rate limit", () => {
  it(`answers 429 after ${FAILED_AUTH_LIMIT} failed attempts from one address, while good keys from elsewhere still work`, async () => {
    const attempt = (ip: string, key = "Token wrong") =>
      h.app.inject({ method: "GET", url: "/wisealpha/v1/products/", headers: { authorization: key }, remoteAddress: ip });
    for (let i = 0; i < FAILED_AUTH_LIMIT; i++) expect((await attempt("10.9.9.9")).statusCode).toBe(401);
    const throttled = await attempt("10.9.9.9", auth().authorization);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
    expect((await attempt("10.8.8.8", auth().authorization)).statusCode).toBe(200);
  });
});

describe("notification configuration", () => {
  it("stores the seed's PUT and lays it over the defaults", async () => {
    const path = "/customers/10000001/push-notifications-configuration/";
    expect((await api("GET", path)).json().net_configuration["BOND_LISTINGS:NEW_BOND_AVAILABLE"]).toEqual({ ENABLED: "OFF" });
    const put = await api("PUT", path, { configuration: { "BOND_LISTINGS:NEW_BOND_AVAILABLE": { ENABLED: "ON", PERIOD: "DAILY" } } });
    expect(put.json().configuration).toEqual({ "BOND_LISTINGS:NEW_BOND_AVAILABLE": { ENABLED: "ON", PERIOD: "DAILY" } });
    expect(put.json().net_configuration["OTHER:NEWS_AND_UPDATES"]).toEqual({ ENABLED: "OFF", PERIOD: "WEEKLY" });
    expect((await api("PUT", path, { configuration: { NOPE: { ENABLED: "ON" } } })).statusCode).toBe(400);
    expect(
      (await api("POST", "/customers/10000001/push-notifications/device/", { deviceId: "D1", name: "Phone", registrationId: "R1" }))
        .statusCode,
    ).toBe(204);
    expect((await api("PATCH", "/customers/10000001/push-notifications/device/D1/", { enabled: false })).statusCode).toBe(204);
    expect((await api("PATCH", "/customers/10000001/push-notifications/device/D2/", { enabled: false })).statusCode).toBe(404);
  });
});

describe("IF ISA", () => {
  it("opens once the terms are agreed and refuses deposits over £20,000 a tax year", async () => {
    await api("PATCH", "/customers/10000001/", { ifisa_agreement_acceptance: { date: "2026-11-01T10:00:00Z", ip_address: "1.2.3.4" } });
    const isa = await api("POST", "/customers/10000001/investment-accounts/available/action/", {
      account_type: "ifisa",
      is_transfer: false,
      currency: "GBP",
    });
    expect(isa.json()).toMatchObject({ account_type: "ifisa", currencies: ["GBP"] });
    const base = `/customers/10000001/investment-accounts/${isa.json().reference}/balances/GBP/fund/`;
    expect((await api("POST", base, { amount: "19999.50", method: "bank_transfer" })).statusCode).toBe(200);
    const over = await api("POST", base, { amount: "1.00", method: "bank_transfer" });
    expect([over.statusCode, over.json()]).toEqual([
      400,
      { amount: ["This deposit would exceed the IF ISA yearly funding limit of £20,000 (£0.50 remaining)."] },
    ]);
  });
});

describe("coupon payments and repayments", () => {
  it("pays every holder net of the service fee, with investment.payment events", async () => {
    const product = (await api("GET", "/products/INVMKT00000001/")).json();
    const months = Number.parseInt(product.interest_period, 10);
    const gross = new Decimal(2000).mul(product.coupon).div(100).mul(months).div(12).toDecimalPlaces(2);
    const net = gross.sub(gross.mul("0.10").toDecimalPlaces(2)).toFixed(2);
    const res = (await control("/products/INVMKT00000001/payment")).json();
    expect(res.payments).toBeGreaterThan(0);
    const events = (await api("GET", "/events/?event_type=investment.payment&customer_id=10000001")).json().results;
    expect(events.at(-1).data).toEqual({
      investment: { product_id: "INVMKT00000001", company_name: product.company.company_name },
      currency: "GBP",
      interest_payment: net,
      reinvesting_proceeds: false,
    });
    const tx = (await api("GET", `${ACC}/balances/GBP/transactions/?limit=1000`)).json().results.at(-1);
    expect(tx).toMatchObject({ amount: net, type: "Interest Payment" });
  });

  it("a partial repayment at 102 pays principal × call price, then a full one closes the bond", async () => {
    const partial = await control("/products/INVMKT00000002/repayment", { fraction: "0.5", call_price: "102" });
    expect(partial.json().product_state).toBe("open");
    const event = (await api("GET", "/events/?event_type=investment.partial_repayment&customer_id=10000001")).json().results.at(-1);
    // 1000 of the 2000 held, repaid at 102 → 1020.00; interest 1000 × 0.002 = 2.00 less 10% fee.
    expect(event.data).toMatchObject({ call_price: "102.00", principal_payment: "1020.00", interest_payment: "1.80" });
    expect((await api("GET", `${ACC}/products/INVMKT00000002/`)).json().open.principal).toBe("1000.00");
    const full = await control("/products/INVMKT00000002/repayment");
    expect(full.json().product_state).toBe("repaid");
    expect((await api("GET", "/products/?limit=1000")).json().results.map((p: { product_id: string }) => p.product_id)).not.toContain(
      "INVMKT00000002",
    );
    expect((await api("GET", "/products/INVMKT00000002/")).json().state).toBe("repaid");
  });
});

describe("investment history, activity and company updates", () => {
  it("lists a holding's transactions and the account activity, past then future", async () => {
    const tx = (await api("GET", `${ACC}/products/INVMKT00000003/transactions/`)).json();
    expect(tx[0]).toMatchObject({
      product_id: "INVMKT00000003",
      transaction_type: "buy",
      principal: "2000.00",
      amount: "2010.00",
      currency: "GBP",
    });
    expect((await api("GET", `${ACC}/products/INVMKT00000003/transactions/${tx[0].reference}/`)).json()).toEqual(tx[0]);
    expect((await api("GET", `${ACC}/products/INVMKT00000003/transactions/INVTR99999999/`)).statusCode).toBe(404);

    const activity = (await api("GET", `${ACC}/activity/GBP/`)).json();
    const kinds = activity.map((a: { activity_type: string }) => a.activity_type);
    expect(kinds.indexOf("future")).toBeGreaterThan(kinds.lastIndexOf("past"));
    expect(activity[0]).toMatchObject({ activity_type: "past", transaction_type: "cash-movement", description: "Deposit" });
    const bought = activity.find(
      (a: { transaction_type: string; description: string }) => a.transaction_type === "buy" && a.description.includes("/3/"),
    );
    expect(bought).toMatchObject({ amount: "2010.00", currency: "GBP" });
    expect(activity.at(-1).date_description).toMatch(/^(Principal and )?Interest due on \d\d [A-Z][a-z]{2} \d{4}$/);
  });

  it("serves company updates newest first and keeps a customer's subscriptions", async () => {
    const feed = (await api("GET", "/companies/CO00000001/company-updates/?limit=2")).json();
    expect(feed.results).toHaveLength(2);
    expect(feed.results[0].published_time > feed.results[1].published_time).toBe(true);
    expect((await api("GET", "/companies/CO00000001/company-updates/?limit=2")).json()).toEqual(feed);

    const subs = (await api("GET", "/customers/10000001/company-updates-subscription/")).json();
    expect(subs).toMatchObject({ CO00000001: "subscribed" });
    const patched = (
      await api("PATCH", "/customers/10000001/company-updates-subscription/", { companies: { CO00000001: "unsubscribed" } })
    ).json();
    expect(patched.CO00000001).toBe("unsubscribed");
    const mine = (await api("GET", "/customers/10000001/company-updates/?limit=100")).json();
    expect(mine.results.every((u: { companies: { company_id: string }[] }) => u.companies[0]!.company_id !== "CO00000001")).toBe(true);
  });
});

describe("admin controls", () => {
  it("finds customers by onboarding state, and reset restores the generated data", async () => {
    const failed = (
      await h.app.inject({ method: "GET", url: "/wisealpha/__sandbox/customers?next_action=upload-id-documents&limit=1000" })
    ).json();
    expect(failed.count).toBeGreaterThan(0);
    for (const c of failed.results) {
      const profile = (await api("GET", `/customers/${c.customer_id}/`)).json();
      expect(profile.validation.next_actions).toContain("upload-id-documents");
    }
    await api("POST", "/customers/", { email: "before-reset@example.com" });
    expect((await api("GET", "/customers/")).json().count).toBe(41);
    const reset = await h.app.inject({ method: "POST", url: "/wisealpha/__sandbox/reset" });
    expect(reset.json()).toEqual({ status: "ok", customers: 41, products: 8 });
    expect((await api("GET", "/customers/")).json().count).toBe(40);
    expect((await api("GET", "/events/")).json().count).toBe(0);
  });
});
