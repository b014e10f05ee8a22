import type { Address, BankAccount, Customer } from "../store/types";

/**
 * Applies a PUT/PATCH body to a profile. Pure: returns a new customer or DRF-style
 * field errors. Read-only fields (customer_id, date_joined, investor_type, validation)
 * are ignored, as DRF does. Fields left out keep their value; this is also how the
 * seed's PUT examples (a partial body, or only user_agreements) behave.
 */
export type Errors = Record<string, unknown>;
type Result = { ok: true; customer: Customer } | { ok: false; errors: Errors };

const REQUIRED = "This field is required.";
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const str = (v: unknown) => (v === undefined || v === null ? null : String(v).trim() || null);
const validDate = (v: string) => DATE_RE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

export function parseAddress(input: unknown, current: boolean): { value?: Address; errors?: Errors } {
  if (!input || typeof input !== "object") return { errors: { non_field_errors: ["Invalid data. Expected a dictionary."] } };
  const a = input as Record<string, unknown>;
  const errors: Errors = {};
  for (const field of ["address1", "address3", "post_code"]) if (!str(a[field])) errors[field] = [REQUIRED];
  if (!str(a.flat_or_apartment_number) && !str(a.house_number) && !str(a.house_name)) {
    errors.non_field_errors = ["You must specify at least one of flat_or_apartment_number, house_number, house_name."];
  }
  for (const field of ["from_date", "to_date"]) {
    const d = str(a[field]);
    if (d && !validDate(d)) errors[field] = [DATE_MSG];
  }
  if (a.country !== undefined && a.country !== null && !/^[A-Za-z]{2}$/.test(String(a.country)))
    errors.country = ["Enter a valid ISO 3166-1 alpha-2 country code."];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    value: {
      flat_or_apartment_number: str(a.flat_or_apartment_number),
      house_name: str(a.house_name),
      house_number: str(a.house_number),
      address1: str(a.address1)!,
      address2: str(a.address2),
      address3: str(a.address3)!,
      address4: str(a.address4),
      post_code: str(a.post_code)!,
      country: str(a.country)?.toLowerCase() ?? null,
      from_date: str(a.from_date),
      to_date: current ? null : str(a.to_date),
    },
  };
}

function parseBank(currency: string, input: unknown): { value?: BankAccount; errors?: Errors } {
  if (!input || typeof input !== "object") return { errors: { non_field_errors: ["Invalid data. Expected a dictionary."] } };
  const b = input as Record<string, unknown>;
  const errors: Errors = {};
  const sort = str(b.sort_code)?.replace(/[\s-]/g, "") ?? "";
  const number = str(b.account_number)?.replace(/\s/g, "") ?? "";
  if (!str(b.account_name)) errors.account_name = [REQUIRED];
  if (currency === "GBP") {
    if (!/^\d{6}$/.test(sort)) errors.sort_code = [sort ? "Sort code must be 6 digits." : REQUIRED];
    if (!/^\d{8}$/.test(number)) errors.account_number = [number ? "Account number must be 8 digits." : REQUIRED];
  } else if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(number)) {
    errors.account_number = [number ? "Enter a valid IBAN." : REQUIRED];
  }
  if (Object.keys(errors).length > 0) return { errors };
  const sortCode = sort ? `${sort.slice(0, 2)}-${sort.slice(2, 4)}-${sort.slice(4)}` : "";
  return {
    value: {
      account_name: str(b.account_name)!,
      sort_code: sortCode,
      account_number: number,
      country_code: str(b.country_code)?.toLowerCase() ?? "gb",
    },
  };
}

function acceptance(input: unknown): { date: string; ip_address: string } | null | "invalid" {
  if (input === null) return null;
  if (!input || typeof input !== "object") return "invalid";
  const t = input as Record<string, unknown>;
  if (!str(t.date) || Number.isNaN(Date.parse(String(t.date))) || !str(t.ip_address)) return "invalid";
  return { date: String(t.date), ip_address: String(t.ip_address) };
}

export function applyProfileUpdate(original: Customer, body: Record<string, unknown>, emailTaken: (email: string) => boolean): Result {
  const c: Customer = structuredClone(original);
  const errors: Errors = {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(body, k);

  if (has("email")) {
    const email = str(body.email);
    if (!email) errors.email = [REQUIRED];
    else if (!EMAIL_RE.test(email)) errors.email = ["Enter a valid email address."];
    else if (email.toLowerCase() !== original.email.toLowerCase() && emailTaken(email))
      errors.email = ["Customer with this Email already exists."];
    else c.email = email;
  }
  for (const field of ["title", "first_name", "last_name"] as const)
    if (has(field)) c[field] = (str(body[field]) ?? (field === "title" ? null : "")) as string;
  if (has("contact_number")) {
    const n = str(body.contact_number);
    if (n && !/^\+?[\d\s()-]{6,20}$/.test(n)) errors.contact_number = ["Enter a valid phone number."];
    else c.contact_number = n;
  }
  if (has("nationality")) {
    const n = str(body.nationality);
    if (n && !/^[A-Za-z]{2}$/.test(n)) errors.nationality = ["Enter a valid ISO 3166-1 alpha-2 country code."];
    else c.nationality = n ? n.toUpperCase() : null;
  }
  if (has("date_of_birth")) {
    const d = str(body.date_of_birth);
    if (d && !validDate(d)) errors.date_of_birth = [DATE_MSG];
    else c.date_of_birth = d;
  }
  if (has("address")) {
    if (body.address === null) c.address = null;
    else {
      const parsed = parseAddress(body.address, true);
      if (parsed.errors) errors.address = parsed.errors;
      else c.address = parsed.value!;
    }
  }
  if (has("previous_addresses")) {
    const list = Array.isArray(body.previous_addresses) ? body.previous_addresses : null;
    const parsed = (list ?? []).map((a) => parseAddress(a, false));
    if (!list) errors.previous_addresses = ["Expected a list of items."];
    else if (parsed.some((p) => p.errors)) errors.previous_addresses = parsed.map((p) => p.errors ?? {});
    else c.previous_addresses = parsed.map((p) => p.value!);
  }
  if (has("bank_details")) applyBank(c, body.bank_details, errors);
  if (has("tax_residencies")) {
    const list = Array.isArray(body.tax_residencies) ? (body.tax_residencies as Record<string, unknown>[]) : null;
    const rows = (list ?? []).map((t) => ({
      country: str(t?.country)?.toLowerCase() ?? "",
      tax_identification_number: str(t?.tax_identification_number ?? t?.tax_indentification_number) ?? "",
    }));
    if (!list || rows.some((r) => !/^[a-z]{2}$/.test(r.country) || !r.tax_identification_number)) {
      errors.tax_residencies = list
        ? rows.map((r) => ({
            ...(!/^[a-z]{2}$/.test(r.country) ? { country: [REQUIRED] } : {}),
            ...(!r.tax_identification_number ? { tax_identification_number: [REQUIRED] } : {}),
          }))
        : ["Expected a list of items."];
    } else c.tax_residencies = rows;
  }
  for (const field of ["tos_acceptance", "ifisa_agreement_acceptance"] as const) {
    if (!has(field)) continue;
    const empty = body[field] && typeof body[field] === "object" && Object.keys(body[field] as object).length === 0;
    const value = empty ? null : acceptance(body[field]);
    if (value === "invalid") errors[field] = { date: [REQUIRED], ip_address: [REQUIRED] };
    else if (field === "tos_acceptance") c.tos_acceptance = value ?? {};
    else c.ifisa_agreement_acceptance = value;
  }
  const agreements = body.user_agreements ?? body.user_agreement;
  if (agreements !== undefined) applyAgreements(c, agreements, errors);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, customer: c };
}

function applyBank(c: Customer, input: unknown, errors: Errors) {
  if (!input || typeof input !== "object") return void (errors.bank_details = ["Invalid data. Expected a dictionary."]);
  const bankErrors: Errors = {};
  for (const [currency, details] of Object.entries(input as Record<string, unknown>)) {
    if (!/^[A-Z]{3}$/.test(currency)) bankErrors[currency] = ["Unknown currency."];
    else {
      const parsed = parseBank(currency, details);
      if (parsed.errors) bankErrors[currency] = parsed.errors;
      else {
        c.bank_details[currency] = parsed.value!;
        delete c.bank_errors[currency];
      }
    }
  }
  if (Object.keys(bankErrors).length > 0) errors.bank_details = bankErrors;
}

function applyAgreements(c: Customer, input: unknown, errors: Errors) {
  const agreementErrors: Errors = {};
  for (const [reference, value] of Object.entries((input ?? {}) as Record<string, { decision?: unknown }>)) {
    const agreement = c.user_agreement[reference];
    const decision = str(value?.decision);
    if (!agreement) agreementErrors[reference] = [`Unknown agreement "${reference}".`];
    else if (!decision || !agreement.choices.some((ch) => ch.reference === decision))
      agreementErrors[reference] = { decision: [`"${decision ?? ""}" is not a valid choice.`] };
    else agreement.decision = decision;
  }
  if (Object.keys(agreementErrors).length > 0) errors.user_agreements = agreementErrors;
}
