import Decimal from "decimal.js";
import { z } from "zod";

import { storableText } from "./storable";

/**
 * The change_investor_type rules (seed 004: "Change investor type object"), shared by the
 * form (inline rules and messages) and the server action, so both say the same thing.
 * Messages are WiseAlpha's (the sandbox answers with the same words), so an error the
 * provider returns reads like one we caught first.
 */
export const INVESTOR_TYPE_MESSAGES = {
  required: "This field is required.",
  invalidDecimal: "A valid number is required.",
  invalidCurrency: "Enter a valid ISO 4217 currency code.",
  hnwThreshold:
    "To be a Certified High Net Worth Investor your annual income must be at least GBP100,000 or your net investible assets must be at least GBP250,000.",
  advisorAuthorised: "Your advisor must be FCA authorised.",
  sophisticatedOne: "At least one of angel, unlisted, professional or director must be true.",
} as const;

export type InvestorTypeKind = "HIGH_NET_WORTH" | "PROFESSIONAL" | "ADVISED" | "SOPHISTICATED" | "STANDARD";

/** The seed names identifiers in two spellings ("Sophisticated Investor" in one example): match on the words. */
export function investorTypeKind(identifier: string): InvestorTypeKind {
  if (/high net worth/i.test(identifier)) return "HIGH_NET_WORTH";
  if (/professional/i.test(identifier)) return "PROFESSIONAL";
  if (/advised/i.test(identifier)) return "ADVISED";
  if (/sophisticated/i.test(identifier)) return "SOPHISTICATED";
  return "STANDARD";
}

const ALL_TYPES_RULE = "Annual income and net investible assets, each with its currency, are required for every type.";

/** Each type's rules in words, shown beside the form when the type is chosen. */
export const INVESTOR_TYPE_RULES: Record<InvestorTypeKind, string[]> = {
  HIGH_NET_WORTH: [ALL_TYPES_RULE, "Annual income at least GBP 100,000, or net investible assets at least GBP 250,000 (GBP figures only)."],
  PROFESSIONAL: [ALL_TYPES_RULE, "A description of the customer's professional investment experience."],
  ADVISED: [
    ALL_TYPES_RULE,
    "The advisor's name and FCA reference number, and confirmation that the advisor is FCA authorised (must be yes).",
  ],
  SOPHISTICATED: [
    ALL_TYPES_RULE,
    "In the last 6 months at least one of: business angel network member, invested in unlisted companies/P2P/crowdfunding/VC, worked in private equity or SME finance, director of a company with £1m+ turnover.",
  ],
  STANDARD: [ALL_TYPES_RULE],
};

export const HNW_MIN_INCOME_GBP = new Decimal(100_000);
export const HNW_MIN_ASSETS_GBP = new Decimal(250_000);

const M = INVESTOR_TYPE_MESSAGES;
const amount = z
  .string()
  .trim()
  .min(1, M.required)
  // Bounded: a 400-digit "amount" is not an income, and it would be sent to WiseAlpha as is.
  .regex(/^\d{1,15}(\.\d{1,6})?$/, M.invalidDecimal);
const currency = z
  .string()
  .trim()
  .min(1, M.required)
  .regex(/^[A-Za-z]{3}$/, M.invalidCurrency)
  .transform((c) => c.toUpperCase());
const optionalText = storableText(2000).optional();

export const changeInvestorTypeSchema = z
  .object({
    caseId: storableText(64).min(1, M.required),
    investorTypeId: z.coerce.number().int().positive(M.required).max(2_147_483_647, M.required),
    /** The chosen type's identifier (from WiseAlpha's list); selects the rules. The action checks it against the id. */
    investorTypeIdentifier: storableText(100).min(1, M.required),
    annualIncome: amount,
    annualIncomeCurrency: currency,
    netInvestibleAssets: amount,
    netInvestibleAssetsCurrency: currency,
    occupation: optionalText,
    professionalInvestmentExperience: optionalText,
    advisorName: optionalText,
    advisorFcaReferenceNumber: optionalText,
    advisorIsFcaAuthorised: z.boolean().optional(),
    angel: z.boolean().optional(),
    unlisted: z.boolean().optional(),
    professional: z.boolean().optional(),
    director: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    const add = (path: string | null, message: string) => ctx.addIssue({ code: "custom", path: path ? [path] : [], message });
    const kind = investorTypeKind(input.investorTypeIdentifier);
    if (kind === "HIGH_NET_WORTH") {
      // Thresholds are in GBP; a figure in another currency cannot count towards them.
      const income = input.annualIncomeCurrency === "GBP" ? new Decimal(input.annualIncome) : new Decimal(0);
      const assets = input.netInvestibleAssetsCurrency === "GBP" ? new Decimal(input.netInvestibleAssets) : new Decimal(0);
      if (income.lessThan(HNW_MIN_INCOME_GBP) && assets.lessThan(HNW_MIN_ASSETS_GBP)) add(null, M.hnwThreshold);
    }
    if (kind === "PROFESSIONAL" && !input.professionalInvestmentExperience) add("professionalInvestmentExperience", M.required);
    if (kind === "ADVISED") {
      if (!input.advisorName) add("advisorName", M.required);
      if (!input.advisorFcaReferenceNumber) add("advisorFcaReferenceNumber", M.required);
      if (input.advisorIsFcaAuthorised === undefined) add("advisorIsFcaAuthorised", M.required);
      else if (!input.advisorIsFcaAuthorised) add("advisorIsFcaAuthorised", M.advisorAuthorised);
    }
    if (kind === "SOPHISTICATED" && !(input.angel || input.unlisted || input.professional || input.director)) add(null, M.sophisticatedOne);
  });

export type ChangeInvestorTypeInput = z.infer<typeof changeInvestorTypeSchema>;

/** The provider's body (seed field names); only the chosen type's extras are sent. */
export function toInvestorTypeChange(input: ChangeInvestorTypeInput) {
  const kind = investorTypeKind(input.investorTypeIdentifier);
  return {
    investor_type_id: input.investorTypeId,
    annual_income: input.annualIncome,
    annual_income_currency: input.annualIncomeCurrency,
    net_investible_assets: input.netInvestibleAssets,
    net_investible_assets_currency: input.netInvestibleAssetsCurrency,
    ...(input.occupation ? { occupation: input.occupation } : {}),
    ...(kind === "PROFESSIONAL" ? { professional_investment_experience: input.professionalInvestmentExperience } : {}),
    ...(kind === "ADVISED"
      ? {
          advisor_name: input.advisorName,
          advisor_fca_reference_number: input.advisorFcaReferenceNumber,
          advisor_is_fca_authorised: input.advisorIsFcaAuthorised,
        }
      : {}),
    ...(kind === "SOPHISTICATED"
      ? { angel: !!input.angel, unlisted: !!input.unlisted, professional: !!input.professional, director: !!input.director }
      : {}),
  };
}
