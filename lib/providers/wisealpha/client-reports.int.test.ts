import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { providerRejection as refusal } from "../test-rejection";
import { DEMO_CUSTOMER, startHarness } from "./test-sandbox";

describe("WiseAlpha client against the sandbox: reports, notifications, company updates", () => {
  const sandbox = forSuite(startHarness);

  it("lists reports and downloads a CSV statement and a PDF tax report as sent", async () => {
    const client = sandbox.client();
    expect((await client.listReports(DEMO_CUSTOMER)).map((r) => r.report_type)).toEqual([
      "portfolio_value",
      "gain_loss",
      "account_statement",
      "tax_report",
    ]);
    const csv = await client.generateReport({ ...DEMO_CUSTOMER, reportType: "account_statement", format: "csv" });
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.fileName).toMatch(/^account_statement_INVACC00000001_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(new TextDecoder().decode(csv.bytes).split("\r\n")[0]).toBe("Date,Reference,Type,Description,Currency,Amount,Balance");
    const pdf = await client.generateReport({ ...DEMO_CUSTOMER, reportType: "tax_report", format: "pdf", from: "2026-04-06" });
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe("%PDF-");

    const wrong = await refusal(client.generateReport({ ...DEMO_CUSTOMER, reportType: "portfolio_value", format: "pdf" }));
    expect([wrong.status, wrong.details]).toEqual([400, { format: ['"pdf" is not available for portfolio_value; use csv.'] }]);
  });

  it("reads and changes notification settings, with the 400 for an unknown period", async () => {
    const client = sandbox.client();
    const before = await client.getNotificationConfig("10000001", "email");
    expect(before.net_configuration["TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS"]).toEqual({ ENABLED: "ON" });
    const after = await client.putNotificationConfig("10000001", "email", {
      "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS": { ENABLED: "OFF" },
    });
    expect(after.net_configuration["TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS"]).toEqual({ ENABLED: "OFF" });
    const raw = await fetch(`${sandbox.url}/wisealpha/v1/customers/10000001/push-notifications-configuration/`, {
      method: "PUT",
      headers: { authorization: "Token wa-sandbox-super-0000000000000000000000000", "content-type": "application/json" },
      body: JSON.stringify({ configuration: { "OTHER:NEWS_AND_UPDATES": { ENABLED: "ON", PERIOD: "HOURLY" } } }),
    });
    expect([raw.status, await raw.json()]).toEqual([
      400,
      { configuration: { "OTHER:NEWS_AND_UPDATES": ["PERIOD must be one of DAILY, WEEKLY, MONTHLY."] } },
    ]);
    await client.registerPushDevice("10000001", { deviceId: "dev-1", registrationId: "reg-1", name: "Phone" });
    await client.setPushDeviceEnabled("10000001", "dev-1", false);
    const gone = await refusal(client.setPushDeviceEnabled("10000001", "dev-404", true));
    expect([gone.status, gone.details]).toEqual([404, { detail: "Not found." }]);
  });

  it("reads company updates per company and per customer, and subscriptions", async () => {
    const client = sandbox.client();
    const subscriptions = await client.getCompanySubscriptions("10000001");
    const companyId = Object.keys(subscriptions)[0]!;
    const updates = await client.listCompanyUpdates(companyId, { limit: 2 });
    expect(updates.results.length).toBeGreaterThan(0);
    expect(updates.results[0]).toMatchObject({ id: expect.any(Number), title: expect.any(String), priority: expect.any(String) });
    expect((await client.listCustomerCompanyUpdates("10000001", { limit: 3 })).results.length).toBeGreaterThan(0);
    const changed = await client.updateCompanySubscriptions("10000001", { [companyId]: "unsubscribed" });
    expect(changed[companyId]).toBe("unsubscribed");
    const unknown = await refusal(client.updateCompanySubscriptions("10000001", { CO99999999: "subscribed" }));
    expect([unknown.status, unknown.details]).toEqual([400, { companies: { CO99999999: ['Unknown company "CO99999999".'] } }]);
  });

  it("covers the account extras: holding, summary per currency, product types, account opening and the full-profile PUT", async () => {
    const client = sandbox.client();
    expect((await client.getHolding({ ...DEMO_CUSTOMER, productId: "INVMKT00000001" })).reference).toBe("INVMKT00000001");
    const missing = await refusal(client.getHolding({ ...DEMO_CUSTOMER, productId: "INVMKT99999999" }));
    expect([missing.status, missing.details]).toEqual([404, { detail: "Not found." }]);
    expect((await client.getHoldingsSummaryIn({ ...DEMO_CUSTOMER, currency: "GBP" })).currency).toBe("GBP");
    expect((await client.describeProductTypes()).results.map((t) => t.market_type)).toContain("main_market");
    const transfer = await refusal(
      client.openAvailableAccount("10000001", { accountType: "individual", currency: "GBP", isTransfer: true }),
    );
    expect([transfer.status, transfer.details]).toEqual([400, { is_transfer: ["Account transfers cannot be initiated via the API."] }]);
    const updated = await client.putCustomer("10000001", { contact_number: "07000000001" });
    expect(updated.contact_number).toBe("07000000001");
  });
});
