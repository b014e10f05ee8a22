import type { CustomerPersonRead } from "../investsuite/customer-person";
import type { WiseAlphaCustomer } from "./schemas";

/** WiseAlpha customer → the customer sync's person: AML passed is verified, a failed check failed. */
export function wiseAlphaCustomerToPerson(customer: WiseAlphaCustomer): CustomerPersonRead {
  const aml = customer.validation.aml_check;
  const a = customer.address;
  const address = a
    ? [
        a.flat_or_apartment_number,
        a.house_name,
        a.house_number,
        a.address1,
        a.address2,
        a.address3,
        a.address4,
        a.post_code,
        a.country?.toUpperCase(),
      ]
        .filter((part) => part)
        .join(", ")
    : null;
  return {
    providerId: customer.customer_id,
    customerNumber: customer.external_id ?? null,
    email: customer.email,
    firstName: customer.first_name ?? null,
    lastName: customer.last_name ?? null,
    birthDate: customer.date_of_birth ?? null,
    address: address || null,
    taxResidency: customer.tax_residencies?.map((t) => t.country.toUpperCase()).join(", ") || null,
    kycState: aml.passed ? "VERIFIED" : /fail/i.test(aml.status) ? "FAILED" : "PENDING",
    kycDetail: `${aml.status} (${customer.validation.status})`,
  };
}
