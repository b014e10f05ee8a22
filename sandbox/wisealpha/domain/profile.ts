import type { Address, Customer } from "../store/types";
import { deriveValidation } from "./validation";

const ADDRESS_KEYS: (keyof Address)[] = [
  "flat_or_apartment_number",
  "house_name",
  "house_number",
  "address1",
  "address2",
  "address3",
  "address4",
  "post_code",
  "country",
  "from_date",
  "to_date",
];

function addressJson(address: Address, current: boolean) {
  const out: Record<string, string | null> = {};
  // Seed: for the current address "the to_date is assumed to be unset, and is ignored".
  for (const key of ADDRESS_KEYS) if (!(current && key === "to_date")) out[key] = address[key];
  return out;
}

/**
 * The Profile object. bank_details is write-only: reads only say whether details were
 * provided per currency, and the last error (seed: Bank account object).
 */
export function profileJson(customer: Customer, now: Date, apiRoot: string) {
  const bank: Record<string, { provided: boolean; last_error: string }> = {};
  for (const currency of new Set(["GBP", "EUR", ...Object.keys(customer.bank_details)])) {
    bank[currency] = { provided: currency in customer.bank_details, last_error: customer.bank_errors[currency] ?? "" };
  }
  const agreements = Object.fromEntries(
    Object.entries(customer.user_agreement).map(([reference, a]) => [
      reference,
      { reference, agreement: `${apiRoot}/customers/me/user-agreements/${reference}/`, choices: a.choices, decision: a.decision },
    ]),
  );
  return {
    customer_id: customer.customer_id,
    email: customer.email,
    // Only the bank persons carry one, so every other profile reads exactly as before.
    ...(customer.external_id ? { external_id: customer.external_id } : {}),
    title: customer.title,
    first_name: customer.first_name,
    last_name: customer.last_name,
    contact_number: customer.contact_number,
    nationality: customer.nationality,
    date_of_birth: customer.date_of_birth,
    date_joined: customer.date_joined,
    address: customer.address ? addressJson(customer.address, true) : null,
    previous_addresses: customer.previous_addresses.map((a) => addressJson(a, false)),
    bank_details: bank,
    tax_residencies: customer.tax_residencies,
    investor_type: customer.investor_type,
    user_agreement: agreements,
    tos_acceptance: customer.tos_acceptance,
    ifisa_agreement_acceptance: customer.ifisa_agreement_acceptance,
    validation: deriveValidation(customer, now),
  };
}
