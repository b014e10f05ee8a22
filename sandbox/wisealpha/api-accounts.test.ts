import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { auth, buildApp, callsOf, DEMO_ACCOUNT, plus } from "./test-helpers";

const h = forSuite(buildApp);

const { api, control } = callsOf(() => h);
const ACC = DEMO_ACCOUNT;

describe("investment accounts and balances", () => {
  it("lists accounts and balances (a plain array) for the seed's example customer", async () => {
    expect((await api("GET", "/customers/10000001/investment-accounts/")).json().results[0]).toMatchObject({
      id: "INVACC00000001",
      account_type: "individual",
      currencies: ["GBP"],
    });
    const balances = (await api("GET", `${ACC}/balances/`)).json();
    expect(balances).toEqual([{ currency: "GBP", amount: (await api("GET", `${ACC}/balances/GBP/`)).json().amount }]);
    expect((await api("GET", `${ACC}/balances/USD/`)).statusCode).toBe(404);
    expect((await api("GET", "/customers/10000001/investment-accounts/INVACC00000002/")).statusCode).toBe(404);
  });

  it("funds by bank transfer; the credit arrives through the control with an event", async () => {
    const before = (await api("GET", `${ACC}/balances/GBP/`)).json().amount as string;
    const fund = await api("POST", `${ACC}/balances/GBP/fund/`, { amount: 1000, method: "bank_transfer" });
    expect(fund.statusCode).toBe(200);
    const details = fund.json().transfer_details;
    expect(details).toMatchObject({ amount: "1000.00", currency: "GBP", account_name: "DEVELOPER MODE", sort_code: "12-34-56" });
    expect(details.wisealpha_reference).toMatch(/^BNKXFR\d{8}$/);
    expect((await api("GET", `${ACC}/balances/GBP/`)).json().amount).toBe(before); // nothing arrived yet

    const credit = await control(`/transfers/${details.wisealpha_reference}/credit`);
    expect(credit.json().balance.amount).toBe(plus(before, "1000"));
    const events = (await api("GET", "/events/?event_type=account.bank-transfer-credited")).json();
    expect(events.results.at(-1).data).toMatchObject({
      wisealpha_reference: details.wisealpha_reference,
      amount_allocated: "1000.00",
      currency: "GBP",
    });
    const tx = (await api("GET", `${ACC}/balances/GBP/transactions/?limit=1000`)).json().results.at(-1);
    expect(tx).toMatchObject({ amount: "1000.00", balance: plus(before, "1000"), type: "Deposit via bank transfer" });
    expect((await control(`/transfers/${details.wisealpha_reference}/credit`)).statusCode).toBe(409);
  });

  it("rejects a fund request without a valid method", async () => {
    expect((await api("POST", `${ACC}/balances/GBP/fund/`, { amount: 10, method: "cheque" })).json()).toEqual({
      method: ['"cheque" is not a valid choice.'],
    });
  });

  it("withdraws, returning the balance after; 422 when the wallet is short", async () => {
    const before = (await api("GET", `${ACC}/balances/GBP/`)).json().amount as string;
    const ok = await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "100.50" });
    expect([ok.statusCode, ok.json()]).toEqual([200, { amount: plus(before, "-100.50"), currency: "GBP" }]);
    const tx = (await api("GET", `${ACC}/balances/GBP/transactions/?limit=1000`)).json().results.at(-1);
    expect(tx).toMatchObject({ amount: "-100.50", description: "Withdrawal to registered bank account", type: "Withdrawal" });

    const short = await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "99999999" });
    expect(short.statusCode).toBe(422);
    expect(short.json().detail).toMatch(/^Insufficient funds/);
    expect((await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "-5" })).statusCode).toBe(400);
  });

  it("refuses withdrawals while can_withdraw is false (compliance block or requested bank statement)", async () => {
    await control("/customers/10000001/compliance", { withdrawal_blocked: true });
    expect((await api("GET", "/customers/10000001/")).json().validation.can_withdraw).toBe(false);
    const blocked = await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "1" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().detail).toMatch(/can_withdraw is false/);
    await control("/customers/10000001/compliance", { withdrawal_blocked: false });

    const requested = await control("/customers/10000001/documents/bank_statement:GBP/request", {
      reason: "Cannot verify account ownership.",
    });
    expect(requested.json().event_type).toBe("account.additional-document-required");
    expect((await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "1" })).statusCode).toBe(403);
    expect((await api("GET", "/customers/10000001/")).json().validation.next_actions).toContain("upload-supporting-document");
    await h.app.inject({
      method: "POST",
      url: "/wisealpha/v1/customers/10000001/upload_bank_statement:GBP/",
      headers: { ...auth(), "content-type": "application/pdf" },
      payload: Buffer.from("%PDF-1.4 statement"),
    });
    expect((await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "1" })).statusCode).toBe(403); // provided, not approved yet
    await control("/customers/10000001/documents/bank_statement:GBP/approve");
    expect((await api("POST", `${ACC}/balances/GBP/withdraw/`, { amount: "1" })).statusCode).toBe(200);
  });

  it("opens a EUR wallet and refuses an IF ISA until its prerequisites are met", async () => {
    const available = (await api("GET", "/customers/10000001/investment-accounts/available/")).json().results;
    expect(available.map((a: { account_type: string }) => a.account_type)).toEqual(["individual", "ifisa"]);
    expect(available[1].validation).toEqual(["agree_to_ifisa_terms"]);
    const eur = await api("POST", "/customers/10000001/investment-accounts/available/action/", {
      account_type: "individual",
      is_transfer: false,
      currency: "EUR",
    });
    expect(eur.json()).toMatchObject({ reference: "INVACC00000001", currencies: ["GBP", "EUR"] });
    const isa = await api("POST", "/customers/10000001/investment-accounts/available/action/", { account_type: "ifisa", currency: "GBP" });
    expect([isa.statusCode, isa.json()]).toEqual([400, { non_field_errors: ["agree_to_ifisa_terms"] }]);
  });
});

describe("onboarding controls", () => {
  it("AML fail → documents → rejection with reason → re-upload → verification, each with its event", async () => {
    const created = await api("POST", "/customers/", { email: "aml@example.com" });
    const id = created.json().customer_id;
    const failed = await control(`/customers/${id}/aml`, { result: "fail" });
    expect(failed.json()).toMatchObject({ event_type: "account.aml-check-failed", aml_check: "Auto Check Failed" });
    const upload = (type: string) =>
      h.app.inject({
        method: "POST",
        url: `/wisealpha/v1/customers/${id}/upload_${type}/`,
        headers: { ...auth(), "content-type": "image/png", "content-disposition": `attachment; filename=${type}.png` },
        payload: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]),
      });
    await upload("photo_id");
    await upload("proof_of_address");
    expect((await api("GET", `/customers/${id}/`)).json().validation.aml_check.status).toBe("AML Documents Provided");

    const rejected = await control(`/customers/${id}/documents/proof_of_address/reject`, { reason: "Provided document was too old." });
    expect(rejected.json().event_type).toBe("account.document-rejected");
    const event = (await api("GET", `/events/?customer_id=${id}`)).json().results.at(-1);
    expect(event.data.document).toEqual({
      type: "proof_of_address",
      type_display: "Proof of address",
      original_file_name: "proof_of_address.png",
      rejection_reason: "Provided document was too old.",
    });
    expect(event.data.user_profile.validation.document_info).toEqual({
      proof_of_address: { rejection_reason: "Provided document was too old." },
    });

    expect((await control(`/customers/${id}/identity-documents/verify`)).statusCode).toBe(409);
    await upload("proof_of_address");
    const verified = await control(`/customers/${id}/identity-documents/verify`);
    expect(verified.json()).toMatchObject({ event_type: "account.identity-documents-verified", aml_check: "AML Documents Verified" });
    expect((await api("GET", `/customers/${id}/`)).json().validation.documents).toEqual({
      photo_id: "approved",
      proof_of_address: "approved",
    });
  });
});
