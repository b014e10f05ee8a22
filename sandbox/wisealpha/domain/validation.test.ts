import { describe, expect, it } from "vitest";

import { clientAccountMigrationAgreement, newCustomer } from "../store/customer-factory";
import type { Customer } from "../store/types";
import { deriveValidation } from "./validation";

const NOW = new Date("2026-11-23T12:00:00Z");

const fresh = () =>
  newCustomer({ customer_id: "10000099", email: "a@example.com", first_name: "A", last_name: "B", date_joined: "2026-01-01T00:00:00Z" });

/** A profile with every field the seed's fields_needed can ask for. */
function complete(): Customer {
  const c = fresh();
  c.nationality = "GB";
  c.date_of_birth = "2000-01-01";
  c.contact_number = "07777777777";
  c.address = {
    flat_or_apartment_number: null,
    house_name: null,
    house_number: "1",
    address1: "Some Street.",
    address2: null,
    address3: "London",
    address4: null,
    post_code: "N1 1XX",
    country: "gb",
    from_date: "2016-01-01",
    to_date: null,
  };
  c.bank_details = { GBP: { account_name: "A B", sort_code: "12-34-56", account_number: "12345678", country_code: "gb" } };
  c.tos_acceptance = { date: "2017-11-23T11:17:05.488037Z", ip_address: "1.2.3.4" };
  c.tax_residencies = [{ country: "gb", tax_identification_number: "QQ123456C" }];
  return c;
}

function investing(): Customer {
  const c = complete();
  c.investor_type = { investor_type_id: 1 };
  c.questionnaires.signup = { failed: 0, passed: true };
  c.aml_status = "Auto Check Passed";
  return c;
}

describe("deriveValidation", () => {
  it("a new customer needs every field and an investor type (seed create example)", () => {
    const v = deriveValidation(fresh(), NOW);
    expect(v.status).toBe("onboarding");
    expect(v.fields_needed).toEqual([
      "nationality",
      "date_of_birth",
      "contact_number",
      "address",
      "bank_details",
      "tos_acceptance",
      "tax_residencies",
    ]);
    expect(v.next_actions).toEqual(["provide-missing-fields", "select-investor-type"]);
    expect(v.aml_check).toEqual({ status: "No Check Performed", passed: false });
    expect(v.documents).toEqual({ photo_id: "not-yet-needed", proof_of_address: "not-yet-needed" });
    expect(v.questionnaire).toEqual({
      signup: "not-attempted",
      "high-yield": "not-attempted",
      "special-situation": "not-attempted",
      perpetual: "not-attempted",
      "smart-interest": "not-attempted",
    });
    expect([v.can_invest, v.can_withdraw, v.can_invest_high_yield]).toEqual([false, false, false]);
  });

  it("a pending agreement is a needed field until a decision is recorded", () => {
    const c = investing();
    c.user_agreement["client-account-migration"] = clientAccountMigrationAgreement();
    expect(deriveValidation(c, NOW).fields_needed).toEqual(["user_agreement:client-account-migration"]);
    expect(deriveValidation(c, NOW).status).toBe("onboarding");
    c.user_agreement["client-account-migration"]!.decision = "move_funds";
    expect(deriveValidation(c, NOW).status).toBe("invest");
  });

  it("asks for previous addresses when the current one is younger than three years", () => {
    const c = complete();
    c.address!.from_date = "2025-01-01";
    expect(deriveValidation(c, NOW).fields_needed).toEqual(["previous_addresses"]);
    c.previous_addresses = [{ ...c.address!, from_date: "2020-01-01", to_date: "2025-01-01" }];
    expect(deriveValidation(c, NOW).fields_needed).toEqual([]);
  });

  it("once fields and investor type are in, the next action is the signup questionnaire", () => {
    const c = complete();
    c.investor_type = { investor_type_id: 1 };
    c.aml_status = "AML Check Pending";
    const v = deriveValidation(c, NOW);
    expect(v.next_actions).toEqual(["answer-signup-questionnaire"]);
    expect(v.aml_check).toEqual({ status: "AML Check Pending", passed: false });
  });

  it("a failed AML check requires both ID documents", () => {
    const c = investing();
    c.aml_status = "Auto Check Failed";
    const v = deriveValidation(c, NOW);
    expect(v.documents).toEqual({ photo_id: "required", proof_of_address: "required" });
    expect(v.next_actions).toEqual(["upload-id-documents"]);
    expect(v.can_invest).toBe(false);
  });

  it("a rejected document carries its rejection reason in document_info", () => {
    const c = investing();
    c.aml_status = "Auto Check Failed";
    c.documents.proof_of_address = {
      status: "rejected",
      original_file_name: "bill.pdf",
      content_type: "application/pdf",
      size: 10,
      uploaded: "x",
      rejection_reason: "Provided document was too old.",
    };
    c.documents.photo_id = { status: "provided", original_file_name: "id.jpg", content_type: "image/jpeg", size: 10, uploaded: "x" };
    const v = deriveValidation(c, NOW);
    expect(v.documents).toEqual({ photo_id: "provided", proof_of_address: "rejected" });
    expect(v.document_info).toEqual({ proof_of_address: { rejection_reason: "Provided document was too old." } });
    expect(v.next_actions).toEqual(["upload-id-documents"]);
  });

  it("verified documents put the customer in the invest state", () => {
    const c = investing();
    c.aml_status = "AML Documents Verified";
    const v = deriveValidation(c, NOW);
    expect(v.status).toBe("invest");
    expect(v.aml_check.passed).toBe(true);
    expect(v.next_actions).toEqual(["answer-high-yield-questionnaire"]);
  });

  it("a requested bank statement blocks withdrawals but not investing", () => {
    const c = investing();
    c.requested_documents["bank_statement:GBP"] = { request_reason: "Cannot verify account." };
    const v = deriveValidation(c, NOW);
    expect(v.can_invest).toBe(true);
    expect(v.can_withdraw).toBe(false);
    expect(v.documents["bank_statement:GBP"]).toBe("required");
    expect(v.document_info["bank_statement:GBP"]).toEqual({ request_reason: "Cannot verify account." });
    expect(v.next_actions).toContain("upload-supporting-document");
  });

  it("a compliance block stops withdrawals only", () => {
    const c = investing();
    c.withdrawal_blocked = true;
    expect([deriveValidation(c, NOW).can_invest, deriveValidation(c, NOW).can_withdraw]).toEqual([true, false]);
  });

  it("market flags need the questionnaire and, for perpetuals/special situations, compliance", () => {
    const c = investing();
    c.questionnaires["high-yield"] = { failed: 0, passed: true };
    c.questionnaires.perpetual = { failed: 0, passed: true };
    let v = deriveValidation(c, NOW);
    expect([v.can_invest_high_yield, v.can_invest_perpetuals]).toEqual([true, false]);
    c.market_access.perpetuals = true;
    v = deriveValidation(c, NOW);
    expect(v.can_invest_perpetuals).toBe(true);
    expect(v.can_invest_special_situations).toBe(false);
  });

  it("questionnaire states count failed attempts and block after three", () => {
    const c = investing();
    c.questionnaires["high-yield"] = { failed: 2, passed: false };
    expect(deriveValidation(c, NOW).questionnaire["high-yield"]).toBe("attempted-2-times");
    c.questionnaires["high-yield"] = { failed: 3, passed: false };
    expect(deriveValidation(c, NOW).questionnaire["high-yield"]).toBe("failed");
    expect(deriveValidation(c, NOW).next_actions).not.toContain("answer-high-yield-questionnaire");
  });

  it("no investing without the signup questionnaire, even with AML passed", () => {
    const c = investing();
    c.questionnaires.signup = { failed: 1, passed: false };
    const v = deriveValidation(c, NOW);
    expect(v.status).toBe("onboarding");
    expect(v.next_actions).toEqual(["answer-signup-questionnaire"]);
  });
});
