import { describe, expect, it } from "vitest";

import { SEED_NEW_CUSTOMER } from "@/lib/providers/wisealpha/test-customers";
import { parseWiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import { customerFlags, questionnaireAttempts } from "./customer-flags";
import { waitingReasonOf } from "./customer-projection";

/** The seed's profile example (new customer), with overrides for each reviewer filter. */
function customer(validation: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const parsed = parseWiseAlphaCustomer({
    ...SEED_NEW_CUSTOMER,
    validation: { ...SEED_NEW_CUSTOMER.validation, ...validation },
    ...extra,
  });
  if (!parsed) throw new Error("not a WiseAlpha profile");
  return parsed;
}

describe("reviewer filters from the validation object", () => {
  it("a fresh customer matches none", () => {
    expect(Object.values(customerFlags(customer())).some(Boolean)).toBe(false);
  });
  it("each filter has its own trigger", () => {
    expect(customerFlags(customer({ documents: { photo_id: "provided", proof_of_address: "required" } })).docsAwaitingVerification).toBe(
      true,
    );
    expect(customerFlags(customer({ aml_check: { status: "Auto Check Failed", passed: false } })).amlAutoFailed).toBe(true);
    expect(customerFlags(customer({ questionnaire: { signup: "failed" } })).questionnaireBlocked).toBe(true);
    expect(customerFlags(customer({ questionnaire: { signup: "attempted-2-times" } })).questionnaireBlocked).toBe(false);
    expect(customerFlags(customer({ fields_needed: ["address"] })).missingFields).toBe(true);
    expect(
      customerFlags(customer({}, { bank_details: { GBP: { provided: true, last_error: "Unknown sort code" } } })).bankDetailsRejected,
    ).toBe(true);
    expect(customerFlags(customer({ status: "invest", can_invest: true })).readyToInvest).toBe(true);
    expect(customerFlags(customer({ status: "invest", can_invest: false })).readyToInvest).toBe(false);
  });
  it("reads questionnaire attempts from the seed's states", () => {
    expect(questionnaireAttempts("attempted-2-times")).toEqual({ failedAttempts: 2, blocked: false, passed: false });
    expect(questionnaireAttempts("failed")).toMatchObject({ blocked: true });
    expect(questionnaireAttempts("not-attempted")).toMatchObject({ failedAttempts: 0 });
  });

  it("says in words what WiseAlpha waits for from the customer", () => {
    expect(waitingReasonOf(customer())).toBeNull();
    const rejected = customer({
      documents: { photo_id: "provided", proof_of_address: "rejected" },
      document_info: { proof_of_address: { rejection_reason: "Provided document was too old." } },
    });
    expect(waitingReasonOf(rejected)).toBe("Proof of address rejected: Provided document was too old.");
    expect(waitingReasonOf(customer({ documents: { photo_id: "required", proof_of_address: "required" } }))).toBe("Photo ID required");
  });
});
