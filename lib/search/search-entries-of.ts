import type { CashlinkInvestor, CashlinkInvitation } from "@/lib/providers/cashlink/transform";
import type { WiseAlphaProduct } from "@/lib/providers/wisealpha/transform";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import type { SearchEntry } from "./save-search-entries";
import { termsOf } from "./search-kinds";

const enc = encodeURIComponent;

export function wiseAlphaCustomerEntry(c: WiseAlphaCustomer, name: string): SearchEntry {
  return {
    kind: "wisealpha-customer",
    ref: c.customer_id,
    provider: "WISEALPHA",
    label: name || c.email,
    detail: `${c.email} · ${c.customer_id}`,
    href: `/orders/customers/${enc(c.customer_id)}`,
    terms: termsOf(c.customer_id, c.email, name, c.first_name, c.last_name),
  };
}

export function investSuitePortfolioEntry(p: { id: string; name: string; owned_by_user_id: string; base_currency: string }): SearchEntry {
  return {
    kind: "portfolio",
    ref: p.id,
    provider: "INVESTSUITE",
    label: p.name,
    detail: `${p.id} · owner ${p.owned_by_user_id} · ${p.base_currency}`,
    href: `/portfolios/${enc(p.id)}`,
    terms: termsOf(p.id, p.name),
  };
}

export function investSuiteUserEntry(u: {
  id: string;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
}): SearchEntry {
  const name = [u.first_name, u.last_name].filter(Boolean).join(" ");
  return {
    kind: "investsuite-user",
    ref: u.id,
    provider: "INVESTSUITE",
    label: name || u.email || u.id,
    detail: [u.email, u.id].filter(Boolean).join(" · "),
    href: `/portfolios?q=${enc(`owned_by_user_id eq '${u.id}'`)}`,
    terms: termsOf(u.id, u.email, name, u.first_name, u.last_name),
  };
}

export function cashlinkInvitationEntry(i: Pick<CashlinkInvitation, "id" | "investor_id" | "units">): SearchEntry {
  return {
    kind: "cashlink-invitation",
    ref: i.id,
    provider: "CASHLINK",
    label: `Invitation ${i.id}`,
    detail: `investor ${i.investor_id} · ${i.units} units`,
    href: `/onboarding/invitations/${enc(i.id)}`,
    terms: termsOf(i.id),
  };
}

/** An investor known from an invitation; with the investor's record (name, e-mail) once read. */
export function cashlinkInvestorEntry(investorId: string, investor?: CashlinkInvestor | null): SearchEntry {
  const person = (investor?.natural_person ?? {}) as { forename?: string; surname?: string };
  const email = (investor?.communication as { email?: string } | null | undefined)?.email ?? null;
  const name = [person.forename, person.surname].filter(Boolean).join(" ");
  return {
    kind: "cashlink-investor",
    ref: investorId,
    provider: "CASHLINK",
    label: name || `Investor ${investorId}`,
    detail: [email, investorId].filter(Boolean).join(" · "),
    href: `/onboarding/invitations?investor=${enc(investorId)}`,
    terms: termsOf(investorId, email, name, person.forename, person.surname),
  };
}

export function wiseAlphaProductEntry(p: Pick<WiseAlphaProduct, "product_id" | "isin_code" | "company" | "currency">): SearchEntry {
  return {
    kind: "product",
    ref: p.product_id,
    provider: "WISEALPHA",
    label: `${p.company.company_name} (${p.currency})`,
    detail: `${p.isin_code} · ${p.product_id}`,
    href: `/orders/products/${enc(p.product_id)}`,
    terms: termsOf(p.product_id, p.isin_code, p.company.company_name),
  };
}
