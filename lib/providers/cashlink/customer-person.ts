import type { CustomerPersonRead } from "../investsuite/customer-person";
import type { CashlinkInvestor } from "./schemas";

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Cashlink investor → the customer sync's person. Identified (video/post ident) is verified. */
export function cashlinkInvestorToPerson(investor: CashlinkInvestor): CustomerPersonRead {
  const np = (investor.natural_person ?? {}) as Record<string, unknown>;
  const lp = (investor.legal_person ?? {}) as Record<string, unknown>;
  const place = investor.natural_person ? np : lp;
  const address = [text(place.street), [text(place.zip), text(place.city)].filter(Boolean).join(" "), text(place.country)]
    .filter((part) => part)
    .join(", ");
  return {
    providerId: investor.id,
    customerNumber: investor.external_id ?? null,
    email: text((investor.communication ?? {}).email),
    firstName: text(np.forename),
    lastName: text(np.surname) ?? text(lp.company_name),
    birthDate: text(np.birth_date),
    address: address || null,
    // Cashlink states no tax residency, only whether the person is US-taxable; citizenship is not residency.
    taxResidency: text((investor.tax_information ?? {}).country) ?? (np.is_subject_to_us_tax === true ? "US" : null),
    kycState: investor.is_identified ? "VERIFIED" : "PENDING",
    kycDetail: investor.is_identified ? "Identified" : "Not identified",
  };
}
