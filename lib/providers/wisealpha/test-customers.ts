// Test-only: WiseAlpha customer profiles as the wire sends them, for the tests of the code that reads them.

/** The seed's profile example of a new customer: nothing provided, nothing checked yet. Override what a test needs. */
export const SEED_NEW_CUSTOMER = {
  customer_id: "10000001",
  email: "user1@example.com",
  date_joined: "2017-11-23T11:17:05.488037Z",
  address: null,
  investor_type: null,
  bank_details: { GBP: { provided: false, last_error: "" } },
  validation: {
    status: "onboarding",
    can_invest: false,
    can_invest_high_yield: false,
    can_invest_perpetuals: false,
    can_invest_special_situations: false,
    can_withdraw: false,
    next_actions: [],
    fields_needed: [],
    aml_check: { status: "No Check Performed", passed: false },
    documents: { proof_of_address: "not-yet-needed", photo_id: "not-yet-needed" },
    document_info: {},
    questionnaire: { signup: "not-attempted" },
  },
};
