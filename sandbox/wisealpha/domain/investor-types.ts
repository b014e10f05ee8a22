import Decimal from "decimal.js";

import type { InvestorTypeSummary } from "../store/types";
import { D, parseDecimal } from "./money";

/**
 * Investor types and the change_investor_type rules (seed: "Change investor type object").
 * Id 1 is the Certified High Net Worth Investor because the seed's change_investor_type
 * examples submit `investor_type_id: 1` with HNW figures; the other ids follow the
 * seed's list example (3 = sophisticated, 5 = professional) where they can.
 */
export type InvestorTypeDef = {
  id: number;
  identifier: string;
  title: string;
  is_retail_restricted: boolean;
  extra: readonly string[];
};

export const INVESTOR_TYPES: InvestorTypeDef[] = [
  { id: 1, identifier: "Certified High Net Worth Investor", title: "High Net Worth Investor", is_retail_restricted: false, extra: [] },
  { id: 2, identifier: "Standard Investor", title: "Standard Investor", is_retail_restricted: true, extra: [] },
  {
    id: 3,
    identifier: "Self-Certified Sophisticated Investor",
    title: "Sophisticated Investor",
    is_retail_restricted: false,
    extra: ["angel", "unlisted", "professional", "director"],
  },
  {
    id: 4,
    identifier: "Advised Investor",
    title: "Advised Investor",
    is_retail_restricted: false,
    extra: ["advisor_name", "advisor_fca_reference_number", "advisor_is_fca_authorised"],
  },
  {
    id: 5,
    identifier: "Professional Investor",
    title: "Investment Professional",
    is_retail_restricted: false,
    extra: ["professional_investment_experience"],
  },
];

/** Seed: HNW needs annual_income ≥ GBP 100,000 or net_investible_assets ≥ GBP 250,000. */
export const HNW_MIN_INCOME_GBP = D(100_000);
export const HNW_MIN_ASSETS_GBP = D(250_000);

export const MSG = {
  required: "This field is required.",
  invalidDecimal: "A valid number is required.",
  invalidCurrency: "Enter a valid ISO 4217 currency code.",
  invalidType: "Invalid investor type.",
  hnwThreshold:
    "To be a Certified High Net Worth Investor your annual income must be at least GBP100,000 or your net investible assets must be at least GBP250,000.",
  advisorAuthorised: "Your advisor must be FCA authorised.",
  sophisticatedOne: "At least one of angel, unlisted, professional or director must be true.",
  mustBeBoolean: "Must be a valid boolean.",
} as const;

export type FieldErrors = Record<string, string[]>;
export type ChangeResult = { ok: true; summary: InvestorTypeSummary } | { ok: false; errors: FieldErrors };

const TEXT_FIELDS = new Set(["advisor_name", "advisor_fca_reference_number", "professional_investment_experience"]);
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
/** Form posts send booleans as strings ("true"); JSON sends real booleans. */
const asBool = (v: unknown): boolean | null =>
  v === true || v === "true" || v === "True" ? true : v === false || v === "false" || v === "False" ? false : null;

/** Pure: validates a change_investor_type body; `now` stamps date_selected. */
export function validateInvestorTypeChange(body: Record<string, unknown>, now: Date): ChangeResult {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const def = INVESTOR_TYPES.find((t) => t.id === Number(body.investor_type_id));
  if (isBlank(body.investor_type_id)) add("investor_type_id", MSG.required);
  else if (!def) add("investor_type_id", MSG.invalidType);

  const amounts: Record<string, Decimal | null> = {};
  for (const field of ["annual_income", "net_investible_assets"] as const) {
    if (isBlank(body[field])) add(field, MSG.required);
    else if (!(amounts[field] = parseDecimal(body[field])) || amounts[field]!.isNegative()) add(field, MSG.invalidDecimal);
    const currencyField = `${field}_currency`;
    if (isBlank(body[currencyField])) add(currencyField, MSG.required);
    else if (!/^[A-Za-z]{3}$/.test(String(body[currencyField]))) add(currencyField, MSG.invalidCurrency);
  }
  if (!def || Object.keys(errors).length > 0) return { ok: false, errors };

  if (def.identifier === "Certified High Net Worth Investor") {
    // Thresholds are in GBP; a figure in another currency cannot count towards them.
    const income = String(body.annual_income_currency).toUpperCase() === "GBP" ? amounts.annual_income! : D(0);
    const assets = String(body.net_investible_assets_currency).toUpperCase() === "GBP" ? amounts.net_investible_assets! : D(0);
    if (income.lessThan(HNW_MIN_INCOME_GBP) && assets.lessThan(HNW_MIN_ASSETS_GBP)) add("non_field_errors", MSG.hnwThreshold);
  }
  if (def.identifier === "Professional Investor" && isBlank(body.professional_investment_experience)) {
    add("professional_investment_experience", MSG.required);
  }
  if (def.identifier === "Advised Investor") {
    for (const field of ["advisor_name", "advisor_fca_reference_number"]) if (isBlank(body[field])) add(field, MSG.required);
    const authorised = asBool(body.advisor_is_fca_authorised);
    if (isBlank(body.advisor_is_fca_authorised)) add("advisor_is_fca_authorised", MSG.required);
    else if (authorised !== true) add("advisor_is_fca_authorised", MSG.advisorAuthorised);
  }
  if (def.identifier === "Self-Certified Sophisticated Investor") {
    const flags = ["angel", "unlisted", "professional", "director"].map((f) => asBool(body[f]));
    if (!flags.some((f) => f === true)) add("non_field_errors", MSG.sophisticatedOne);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const text = (field: string) => (isBlank(body[field]) ? null : String(body[field]));
  const summary: InvestorTypeSummary = {
    investor_type_id: def.id,
    investor_type_identifier: def.identifier,
    investor_type: def.title,
    is_retail_restricted: def.is_retail_restricted,
    annual_income: amounts.annual_income!.toString(),
    annual_income_currency: String(body.annual_income_currency).toUpperCase(),
    net_investible_assets: amounts.net_investible_assets!.toString(),
    net_investible_assets_currency: String(body.net_investible_assets_currency).toUpperCase(),
    professional_investment_experience: text("professional_investment_experience"),
    occupation: text("occupation"),
    date_selected: now.toISOString(),
  };
  for (const field of def.extra) {
    if (field in summary) continue;
    summary[field] = TEXT_FIELDS.has(field) ? text(field) : (asBool(body[field]) ?? false);
  }
  return { ok: true, summary };
}

export function investorTypeObject(def: InvestorTypeDef) {
  return {
    id: def.id,
    identifier: def.identifier,
    title: def.title,
    intro_title: `What is a ${def.title}?`,
    intro_content: `<p>A ${def.identifier} as defined by the FCA.</p>\r\n`,
    main_title: `${def.identifier} Statement`,
    main_content: `<p>I declare that I am a ${def.identifier} for the purposes of the FCA Conduct of Business Sourcebook.</p>`,
  };
}
