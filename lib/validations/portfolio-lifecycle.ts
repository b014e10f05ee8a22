import { z } from "zod";

import { bicSchema, ibanSchema, portfolioIdSchema, reasonSchema } from "./portfolios-actions";
import { isStorableText, storableText } from "./storable";

/**
 * Inputs of creating, changing and closing an InvestSuite portfolio (seed 002). Form values
 * are strings; empty means "not given". Shared by the forms and the server actions.
 */

export const INVESTSUITE_USER_ID = /^U[0-9A-HJKMNP-TV-Z]{26}$/;
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;
export const MANAGER_CHOICES = ["ROBO_ADVISOR_DISCRETIONARY", "ROBO_ADVISOR_ADVISORY", "USER_MANAGED"] as const;
export const MONEY_TYPE_CHOICES = ["REAL_MONEY", "PAPER_MONEY"] as const;

export const LIFECYCLE_MESSAGES = {
  name: "Give the portfolio a name of 1 to 128 characters.",
  selfInvestorRealMoney: "A self-managed (Self Investor) portfolio must be real money: InvestSuite supports nothing else.",
  roboOnly: "Policy, goal and horizon only apply to a Robo Advisor portfolio.",
  id: (letter: string, what: string) => `Enter a ${what} id: ${letter} followed by 26 letters and digits.`,
  amount: "Enter an amount such as 500 or 1250.50 (no thousands separators).",
  externalId: "Use letters, digits, dot, dash or underscore (at most 64).",
  nothing: "Nothing was changed.",
} as const;

const optionalId = (letter: string, what: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || new RegExp(`^${letter}[0-9A-HJKMNP-TV-Z]{26}$`).test(v), LIFECYCLE_MESSAGES.id(letter, what));

const optionalAmount = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,15}(\.\d{1,6})?$/.test(v), LIFECYCLE_MESSAGES.amount);

const nameSchema = z.string().trim().min(1, LIFECYCLE_MESSAGES.name).max(128, LIFECYCLE_MESSAGES.name).refine(isStorableText);

export const createPortfolioSchema = z
  .object({
    ownerUserId: z.string().regex(INVESTSUITE_USER_ID, LIFECYCLE_MESSAGES.id("U", "user")),
    name: nameSchema,
    // Write once at InvestSuite (seed 002): the form says so next to each.
    baseCurrency: z.enum(CURRENCIES),
    moneyType: z.enum(MONEY_TYPE_CHOICES),
    manager: z.enum(MANAGER_CHOICES),
    externalId: z
      .string()
      .trim()
      .refine((v) => v === "" || /^[A-Za-z0-9._-]{1,64}$/.test(v), LIFECYCLE_MESSAGES.externalId),
    policyId: optionalId("Y", "policy"),
    goalId: optionalId("L", "goal"),
    horizonId: optionalId("H", "horizon"),
    // Optional payout account (seed 002 brokerage_account); empty IBAN = none yet.
    iban: z.string().trim(),
    bic: bicSchema,
    paymentReference: storableText(64),
  })
  .superRefine((v, ctx) => {
    if (v.manager === "USER_MANAGED") {
      if (v.moneyType !== "REAL_MONEY")
        ctx.addIssue({ code: "custom", path: ["moneyType"], message: LIFECYCLE_MESSAGES.selfInvestorRealMoney });
      for (const key of ["policyId", "goalId", "horizonId"] as const) {
        if (v[key] !== "") ctx.addIssue({ code: "custom", path: [key], message: LIFECYCLE_MESSAGES.roboOnly });
      }
    }
    if (v.iban !== "") {
      const iban = ibanSchema.safeParse(v.iban);
      if (!iban.success) ctx.addIssue({ code: "custom", path: ["iban"], message: iban.error.issues[0]?.message ?? "Invalid IBAN." });
    }
  });
export type CreatePortfolioInput = z.input<typeof createPortfolioSchema>;
export type CreatePortfolioValues = z.output<typeof createPortfolioSchema>;

/** The mutable fields (seed 002: manager and money_type never change; base currency is write once too). */
export const updatePortfolioSchema = z.object({
  portfolioId: portfolioIdSchema,
  name: nameSchema,
  policyId: optionalId("Y", "policy"),
  goalId: optionalId("L", "goal"),
  horizonId: optionalId("H", "horizon"),
  startAmount: optionalAmount,
  recurringDepositAmount: optionalAmount,
  /** The version the form was filled in against: a change made meanwhile is not silently overwritten. */
  expectedVersion: z.coerce.number().int().min(1),
});
export type UpdatePortfolioInput = z.input<typeof updatePortfolioSchema>;
export type UpdatePortfolioValues = z.output<typeof updatePortfolioSchema>;

export const closePortfolioSchema = z.object({ portfolioId: portfolioIdSchema, reason: reasonSchema });
export type ClosePortfolioInput = z.infer<typeof closePortfolioSchema>;

/** `?a=&b=` of the versions page: version numbers; anything else is ignored (the page falls back to the latest change). */
const versionNumber = z.number().int().min(1).max(1_000_000_000).nullable().catch(null);
export const versionCompareSchema = z.object({ a: versionNumber, b: versionNumber });

/** The InvestSuite users list: the search text goes into InvestSuite's query language (quotes are dropped there). */
export const investSuiteUserListSchema = z.object({
  q: storableText(120).nullable().catch(null),
  page: z.number().int().min(1).max(100_000).catch(1),
  size: z.number().int().min(1).max(100).catch(20),
});
