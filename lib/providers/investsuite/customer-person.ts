import type { User } from "./schemas";

/** A provider person as the customer sync (lib/customers/) sees it: identity and KYC only. */
export type CustomerPersonRead = {
  providerId: string;
  customerNumber: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  address: string | null;
  taxResidency: string | null;
  /** VERIFIED | PENDING | FAILED | NONE */
  kycState: string;
  kycDetail: string | null;
};

/**
 * InvestSuite users carry the bank's number in `external_id` (seed 001); they have no birth
 * date or address. ACTIVE means signed and verified; WAITING_FOR_* is still pending.
 */
export function investSuiteUserToPerson(user: User): CustomerPersonRead {
  const status = user.status ?? null;
  return {
    providerId: user.id,
    customerNumber: user.external_id ?? null,
    email: user.email ?? null,
    firstName: user.first_name ?? null,
    lastName: user.last_name ?? null,
    birthDate: null,
    address: null,
    taxResidency: null,
    kycState: status === "ACTIVE" ? "VERIFIED" : status?.startsWith("WAITING_FOR") ? "PENDING" : "NONE",
    kycDetail: status,
  };
}
