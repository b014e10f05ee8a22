import { z } from "zod";

import { isStorableText } from "./storable";

/**
 * Inputs of the portfolio admin actions (block/unblock, brokerage account, funded_since).
 * Shared by the forms and the server actions, so the browser and the server give the
 * same message for the same mistake.
 */

/** InvestSuite portfolio id: `P` + a Crockford-base32 ULID (seed 001 "Internal ID"). */
export const PORTFOLIO_ID = /^P[0-9A-HJKMNP-TV-Z]{26}$/;
export const portfolioIdSchema = z.string().regex(PORTFOLIO_ID, "Not an InvestSuite portfolio id.");

/**
 * IBAN length per country (ISO 13616 / SWIFT IBAN registry). The check digits alone
 * would accept a number with a digit dropped in some countries; the length catches it.
 */
// prettier-ignore
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Seed 002 pattern for brokerage_account.bank_account_number; InvestSuite refuses anything else. */
const PROVIDER_ACCOUNT_NUMBER = /^[A-Z]{2}[A-Z0-9]{14,30}$/;

export const IBAN_MESSAGES = {
  format: "Enter an IBAN: a 2-letter country code, 2 check digits, then letters and digits only.",
  country: (cc: string) => `${cc} is not a country that issues IBANs.`,
  length: (cc: string, expected: number, actual: number) => `A ${cc} IBAN has ${expected} characters; this one has ${actual}.`,
  checksum: "The IBAN's check digits do not match; look for a typing mistake.",
  provider: "InvestSuite only accepts account numbers of 16 to 32 characters.",
} as const;

/** ISO 7064 mod 97-10 over the rearranged IBAN, digit by digit so no number grows past 97·10. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Spaces are how people write IBANs on paper; the provider wants them without. */
export const ibanSchema = z
  .string()
  .max(64, IBAN_MESSAGES.format)
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .superRefine((iban, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return issue(IBAN_MESSAGES.format);
    const cc = iban.slice(0, 2);
    const expected = IBAN_LENGTHS[cc];
    if (expected === undefined) return issue(IBAN_MESSAGES.country(cc));
    if (iban.length !== expected) return issue(IBAN_MESSAGES.length(cc, expected, iban.length));
    if (!ibanChecksumValid(iban)) return issue(IBAN_MESSAGES.checksum);
    // Valid IBANs of 15 characters (Norway) exist, but the provider's pattern starts at 16.
    if (!PROVIDER_ACCOUNT_NUMBER.test(iban)) return issue(IBAN_MESSAGES.provider);
  });

/** ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
export const BIC_MESSAGE =
  "Enter a BIC of 8 or 11 characters: 4-letter bank code, 2-letter country code, 2-character location, optional 3-character branch.";

/** Optional: InvestSuite's bank_id may be null. Empty input means "no BIC". */
// react-hook-form submits the resolver's parsed values, so the action sees this field's output (null for
// "no BIC") as input: null is read as empty again (the create form's "expected string, received null").
export const bicSchema = z
  .preprocess((v) => v ?? "", z.string())
  .pipe(z.string().max(32, BIC_MESSAGE))
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .refine((v) => v === "" || BIC.test(v), BIC_MESSAGE)
  .transform((v) => (v === "" ? null : v));

const STORABLE_MESSAGE = "Contains characters that cannot be stored (NUL or a broken character).";

export const REASON_MESSAGES = {
  min: "Give a reason of at least 5 characters.",
  max: "Keep the reason to at most 500 characters.",
} as const;
export const reasonSchema = z
  .string()
  .trim()
  .min(5, REASON_MESSAGES.min)
  .max(500, REASON_MESSAGES.max)
  .refine(isStorableText, STORABLE_MESSAGE);

export const FUNDED_SINCE_MESSAGES = {
  format: "Enter a date as YYYY-MM-DD, optionally with a time as YYYY-MM-DDTHH:MM (UTC).",
  calendar: "That date does not exist.",
  future: "The funding date cannot be in the future.",
} as const;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The funding moment, read as UTC and sent in the seed's form `2021-02-18T08:21:02+00:00`.
 * `now` is a parameter so tests can pin the clock.
 */
export function fundedSinceSchema(now: () => Date = () => new Date()) {
  return z
    .string()
    .max(40, FUNDED_SINCE_MESSAGES.format)
    .transform((raw, ctx) => {
      const m = DATE_TIME.exec(raw.trim());
      if (!m) {
        ctx.addIssue({ code: "custom", message: FUNDED_SINCE_MESSAGES.format });
        return z.NEVER;
      }
      const [y, mo, d, h = "00", mi = "00", s = "00"] = m.slice(1) as [string, string, string, string?, string?, string?];
      const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}+00:00`;
      const date = new Date(iso);
      // Date rolls 2025-02-30 over into March; comparing back catches impossible dates and times.
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`) {
        ctx.addIssue({ code: "custom", message: FUNDED_SINCE_MESSAGES.calendar });
        return z.NEVER;
      }
      if (date.getTime() > now().getTime()) {
        ctx.addIssue({ code: "custom", message: FUNDED_SINCE_MESSAGES.future });
        return z.NEVER;
      }
      return iso;
    });
}

export const setPortfolioBlockedSchema = z.object({ portfolioId: portfolioIdSchema, reason: reasonSchema });
export type SetPortfolioBlockedInput = z.infer<typeof setPortfolioBlockedSchema>;

export const changeBrokerageAccountSchema = z.object({
  portfolioId: portfolioIdSchema,
  iban: ibanSchema,
  bic: bicSchema,
  // Checked here, before anything reaches InvestSuite: a NUL would be stored at the provider but not in our audit.
  // null is "none" read back (react-hook-form submits the parsed values; see bicSchema).
  paymentReference: z
    .preprocess((v) => v ?? "", z.string())
    .pipe(z.string().trim().max(64, "Keep the payment reference to at most 64 characters."))
    .refine(isStorableText, STORABLE_MESSAGE)
    .transform((v) => (v === "" ? null : v)),
});
export type ChangeBrokerageAccountInput = z.output<typeof changeBrokerageAccountSchema>;

export const setFundedSinceSchema = z.object({ portfolioId: portfolioIdSchema, fundedSince: fundedSinceSchema() });
export type SetFundedSinceInput = z.output<typeof setFundedSinceSchema>;
