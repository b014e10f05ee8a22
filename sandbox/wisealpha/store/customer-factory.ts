import type { Customer } from "./types";

/** A customer as POST /customers/ creates it: only the identity fields are set. */
export function newCustomer(fields: {
  customer_id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  title?: string | null;
  owner?: Customer["owner"];
  date_joined: string;
}): Customer {
  return {
    customer_id: fields.customer_id,
    owner: fields.owner ?? "super",
    email: fields.email,
    title: fields.title ?? null,
    first_name: fields.first_name ?? "",
    last_name: fields.last_name ?? "",
    contact_number: null,
    nationality: null,
    date_of_birth: null,
    date_joined: fields.date_joined,
    address: null,
    previous_addresses: [],
    bank_details: {},
    bank_errors: {},
    tax_residencies: [],
    investor_type: null,
    pending_investor_type: null,
    user_agreement: {},
    tos_acceptance: {},
    ifisa_agreement_acceptance: null,
    aml_status: "No Check Performed",
    documents: {},
    requested_documents: {},
    questionnaires: {},
    market_access: { perpetuals: false, special_situations: false },
    withdrawal_blocked: false,
  };
}

/** WiseAlpha's pending client-account-migration agreement (seed profile example). */
export function clientAccountMigrationAgreement() {
  return {
    reference: "client-account-migration",
    choices: [
      { reference: "move_funds", text: "Move Funds To Client Account" },
      { reference: "withdraw_funds", text: "Withdraw Funds" },
    ],
    decision: "",
  };
}
