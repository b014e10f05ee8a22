import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { auth, buildApp, plus } from "./test-helpers";

const h = forSuite(() => buildApp({ SANDBOX_CONTROLS: "true" }));

type Method = "GET" | "POST" | "PUT";
const api = (method: Method, url: string, payload?: object, key?: string) =>
  h.app.inject({ method, url: `/wisealpha/v1${url}`, headers: auth(key), ...(payload ? { payload } : {}) });
const ACC = "/customers/10000001/investment-accounts/INVACC00000001";
const balance = async () => (await api("GET", `${ACC}/balances/GBP/`)).json().amount as string;

describe("robowise (seed 004)", () => {
  it("serves configuration data with the seed's three risk profiles", async () => {
    const res = await api("GET", "/robowise/GBP/configuration-data/");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.risk_profiles.map((p: { reference: string }) => p.reference)).toEqual(["RWRP00000002", "RWRP00000003", "RWRP00000004"]);
    expect(body.risk_profiles[0].weightings).toEqual({ high: 0, medium: 1 });
    expect(body.companies.length).toBeGreaterThan(0);
    expect(body.suggested_names).not.toContain("Nest Egg");
    expect((await api("GET", "/robowise/EUR/configuration-data/")).statusCode).toBe(400);
  });

  it("checks a configuration and names a missing risk profile", async () => {
    const ok = await api("GET", "/robowise/GBP/risk-profile-attributes/?risk_profile_id=RWRP00000003");
    expect(ok.json()).toMatchObject({ bond_count: expect.any(Number), issues: [] });
    const bad = await api("GET", "/robowise/GBP/risk-profile-attributes/?risk_profile_id=RWRP99");
    expect([bad.statusCode, bad.json()]).toEqual([400, { risk_profile_id: ['Invalid pk "RWRP99" - object does not exist.'] }]);
  });

  it("lists the seeded portfolio, creates, updates, funds, withdraws and closes one", async () => {
    const listed = (await api("GET", `${ACC}/robowise/?expand=balance,ideals`)).json();
    expect(listed[0]).toMatchObject({ name: "Nest Egg", status: { state: "open" }, balance: { amount: "2500.00", currency: "GBP" } });
    expect(listed[0].ideals.length).toBeGreaterThan(0);

    const created = await api("POST", `${ACC}/robowise/`, { parameters: { risk_profile_id: "RWRP00000002", profile_modifiers: {} } });
    expect(created.statusCode).toBe(201);
    const ref = created.json().reference as string;
    expect(created.json()).toMatchObject({ status: { state: "opening" }, parameters: { risk_profile_id: "RWRP00000002" } });

    const invalid = await api("POST", `${ACC}/robowise/`, { parameters: { risk_profile_id: "nope" } });
    expect([invalid.statusCode, invalid.json()]).toEqual([
      400,
      { parameters: { risk_profile_id: ['Invalid pk "nope" - object does not exist.'] } },
    ]);

    const updated = await api("PUT", `${ACC}/robowise/${ref}/`, { name: "Pension", parameters: { risk_profile_id: "RWRP00000003" } });
    expect(updated.json()).toMatchObject({ name: "Pension", parameters: { risk_profile_id: "RWRP00000003" } });

    const before = await balance();
    const funded = await api("POST", `${ACC}/robowise/${ref}/fund/`, { amount: "1000.00" });
    expect(funded.json()).toEqual({ amount: "1000.00", currency: "GBP" });
    expect(await balance()).toBe(plus(before, "-1000.00"));
    const tooMuch = await api("POST", `${ACC}/robowise/${ref}/fund/`, { amount: "99999999.00" });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().detail).toMatch(/^Insufficient funds/);

    const withdrawn = await api("POST", `${ACC}/robowise/${ref}/withdraw/`, { type: "some", amount: "400.00" });
    expect(withdrawn.json()).toMatchObject({ withdrawal_behavior: { type: "none", amount: "0.00" }, status: { state: "open" } });
    expect((await api("POST", `${ACC}/robowise/${ref}/withdraw/`, { type: "most" })).json()).toEqual({
      type: ['"most" is not a valid choice.'],
    });

    const closing = await api("POST", `${ACC}/robowise/${ref}/close/`, { type: "transfer_to_parent" });
    expect(closing.json().status.state).toBe("closing");
    expect((await api("POST", `${ACC}/robowise/${ref}/close/`, { type: "liquidate" })).statusCode).toBe(400);
    const done = await h.app.inject({ method: "POST", url: `/wisealpha/__sandbox/robowise/${ref}/complete-closure` });
    expect(done.json().state).toBe("closed");
    const events = (await api("GET", "/events/?event_type=robowise.closed")).json().results;
    expect(events.at(-1)).toMatchObject({ customer_id: "10000001", data: { robowise_account: ref, amount_returned: "600.00" } });
    expect(await balance()).toBe(before);
  });

  it("answers 404 for another account's portfolio", async () => {
    expect((await api("GET", "/customers/10000001/investment-accounts/INVACC00000001/robowise/RWACC99999999/")).statusCode).toBe(404);
  });
});

describe("reports (seed 004)", () => {
  it("lists the four reports with their formats", async () => {
    const res = (await api("GET", `${ACC}/reports/`)).json();
    expect(res.map((r: { report_type: string; formats: string[] }) => [r.report_type, r.formats])).toEqual([
      ["portfolio_value", ["csv"]],
      ["gain_loss", ["csv"]],
      ["account_statement", ["csv", "pdf"]],
      ["tax_report", ["pdf"]],
    ]);
  });

  it("generates a CSV statement and a PDF tax report as attachments", async () => {
    const statement = await api("POST", `${ACC}/reports/generate/`, { report_type: "account_statement", format: "csv" });
    expect(statement.headers["content-type"]).toMatch(/^text\/csv/);
    expect(statement.headers["content-disposition"]).toMatch(/^attachment; filename="account_statement_INVACC00000001_/);
    expect(statement.body.split("\r\n")[0]).toBe("Date,Reference,Type,Description,Currency,Amount,Balance");
    const tax = await api("POST", `${ACC}/reports/generate/`, { report_type: "tax_report", format: "pdf" });
    expect(tax.headers["content-type"]).toBe("application/pdf");
    expect(tax.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses unknown reports, formats the report lacks and bad dates", async () => {
    const type = await api("POST", `${ACC}/reports/generate/`, { report_type: "weekly" });
    expect([type.statusCode, type.json()]).toEqual([400, { report_type: ['"weekly" is not a valid choice.'] }]);
    const format = await api("POST", `${ACC}/reports/generate/`, { report_type: "tax_report", format: "csv" });
    expect(format.json()).toEqual({ format: ['"csv" is not available for tax_report; use pdf.'] });
    const date = await api("POST", `${ACC}/reports/generate/`, { report_type: "gain_loss", from_date: "1/2/2026" });
    expect(date.json()).toEqual({ from_date: ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."] });
  });
});
