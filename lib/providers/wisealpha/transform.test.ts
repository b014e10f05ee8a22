import { describe, expect, it } from "vitest";

import { waCustomerSchema } from "./schemas";
import { SEED_NEW_CUSTOMER } from "./test-customers";
import { decimalFromWire, sameDecimal, toDocumentState, toQuestionnaireState, toValidationView } from "./transform";

describe("decimalFromWire", () => {
  it.each([
    ["100.0000", "100.0000"],
    [".25", "0.25"],
    ["-.5", "-0.5"],
    ["+3", "3"],
    ["1.", "1"],
    [" 19.00 ", "19.00"],
    [0.003, "0.003"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
    [-2.5, "-2.5"],
  ])("%j → %s", (wire, expected) => {
    expect(decimalFromWire(wire)).toBe(expected);
  });

  it("refuses what is not a decimal", () => {
    expect(() => decimalFromWire("1e5")).toThrow();
    expect(() => decimalFromWire("abc")).toThrow();
    expect(() => decimalFromWire(Number.NaN)).toThrow();
  });

  it("compares exactly", () => {
    expect(sameDecimal("-20.00", "-20")).toBe(true);
    expect(sameDecimal("0.1", "0.10000000000000001")).toBe(false);
  });
});

describe("validation states", () => {
  it("reads questionnaire states, including attempted-N-times", () => {
    expect(toQuestionnaireState("attempted-2-times")).toEqual({ state: "attempted", failedAttempts: 2 });
    expect(toQuestionnaireState("attempted-1-time")).toEqual({ state: "attempted", failedAttempts: 1 });
    expect(toQuestionnaireState("not-attempted")).toEqual({ state: "not-attempted", failedAttempts: 0 });
    expect(toQuestionnaireState("failed")).toEqual({ state: "failed", failedAttempts: null });
    expect(toQuestionnaireState("skipped")).toEqual({ state: "unknown", failedAttempts: null });
  });

  it("treats the seed's 'accepted' as approved and keeps unknown states visible", () => {
    expect(toDocumentState("accepted")).toBe("approved");
    expect(toDocumentState("approved")).toBe("approved");
    expect(toDocumentState("lost")).toBe("unknown");
  });

  it("maps the seed's profile example, document reasons included", () => {
    const customer = waCustomerSchema.parse({
      ...SEED_NEW_CUSTOMER,
      bank_details: { provided: true, last_error: "" },
      investor_type: {
        investor_type_id: 1,
        investor_type: "High Net Worth Investor",
        annual_income: "105000",
        net_investible_assets: 350000,
        occupation: "CEO",
      },
      validation: {
        ...SEED_NEW_CUSTOMER.validation,
        next_actions: ["upload-id-documents"],
        aml_check: { status: "Auto Check Failed", passed: false },
        documents: { proof_of_address: "rejected", photo_id: "accepted", "bank_statement:GBP": "required" },
        document_info: {
          proof_of_address: { rejection_reason: "Provided document was too old." },
          "bank_statement:GBP": { request_reason: "Account ownership" },
        },
        questionnaire: { signup: "attempted-1-times", "high-yield": "not-attempted" },
      },
    });
    expect(customer.investor_type).toMatchObject({ annual_income: "105000", net_investible_assets: "350000" });
    expect(customer.previous_addresses).toEqual([]);
    expect(toValidationView(customer.validation)).toMatchObject({
      status: "onboarding",
      aml: { status: "Auto Check Failed", passed: false },
      documents: [
        { type: "proof_of_address", state: "rejected", rejectionReason: "Provided document was too old.", requestReason: null },
        { type: "photo_id", state: "approved", rawState: "accepted" },
        { type: "bank_statement:GBP", state: "required", requestReason: "Account ownership" },
      ],
      questionnaires: [
        { type: "signup", state: "attempted", failedAttempts: 1 },
        { type: "high-yield", state: "not-attempted" },
      ],
    });
    expect(toValidationView({ ...customer.validation, status: "suspended" })).toMatchObject({ status: "unknown", rawStatus: "suspended" });
  });
});
