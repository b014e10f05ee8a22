import Decimal from "decimal.js";
import { z } from "zod";

import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";

import { storableText } from "./storable";
import { WISEALPHA_AMOUNT_PATTERN } from "./withdrawals";

/**
 * Robowise create/update/fund/withdraw and account fund (seed 004). Each carries `requestKey`,
 * the opened form's key: WiseAlpha takes no idempotency key, so our WiseAlphaAccountWrite row,
 * unique on it, is what stops the same submission from being sent twice.
 */
const reference = (what: string) => z.string().regex(/^[A-Z]+\d+$/, `a ${what} reference`);
const target = {
  requestKey: z.uuid("a form key (reload the page)"),
  customerRef: z.string().regex(WISEALPHA_CUSTOMER_ID, "a WiseAlpha customer id"),
  accountId: reference("WiseAlpha account"),
};
export const wisealphaAmount = z
  .string()
  .trim()
  .regex(WISEALPHA_AMOUNT_PATTERN, "An amount such as 250 or 250.50 (at most 2 decimal places).")
  .refine((v) => !WISEALPHA_AMOUNT_PATTERN.test(v) || new Decimal(v).greaterThan(0), "The amount must be more than 0.");

const parameters = {
  name: storableText(60).optional(),
  riskProfileId: reference("risk profile"),
  excludedIndustries: z.array(storableText(80).min(1)).max(50),
  excludedCompanies: z.array(reference("company")).max(200),
  reinvestPayments: z.boolean(),
};

export const createRobowiseSchema = z.object({ ...target, ...parameters });
export type CreateRobowiseInput = z.infer<typeof createRobowiseSchema>;

export const updateRobowiseSchema = z.object({ ...target, robowiseId: reference("robowise portfolio"), ...parameters });
export type UpdateRobowiseInput = z.infer<typeof updateRobowiseSchema>;

export const fundRobowiseSchema = z.object({ ...target, robowiseId: reference("robowise portfolio"), amount: wisealphaAmount });
export type FundRobowiseInput = z.infer<typeof fundRobowiseSchema>;

/** Seed "Robowise Withdrawal Behaviour": all (cash out completely), some (a target amount), none (cancel the target). */
export const ROBOWISE_WITHDRAWAL_TYPES = ["some", "all", "none"] as const;
export const withdrawRobowiseSchema = z
  .object({
    ...target,
    robowiseId: reference("robowise portfolio"),
    type: z.enum(ROBOWISE_WITHDRAWAL_TYPES),
    amount: z.string().trim().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type !== "some") return;
    const parsed = wisealphaAmount.safeParse(value.amount ?? "");
    if (!parsed.success)
      ctx.addIssue({ code: "custom", path: ["amount"], message: parsed.error.issues[0]?.message ?? "Give the amount to withdraw." });
  });
export type WithdrawRobowiseInput = z.infer<typeof withdrawRobowiseSchema>;

/**
 * Fund instructions: the back office asks WiseAlpha for a bank transfer (the customer then
 * pays with the reference it gives). The other methods the seed lists need the customer's own
 * browser (open banking redirect, debit card page, paysafe.js token), so staff cannot start them.
 */
export const fundAccountSchema = z.object({
  ...target,
  currency: z.string().regex(/^[A-Z]{3}$/, "a three-letter currency"),
  amount: wisealphaAmount,
});
export type FundAccountInput = z.infer<typeof fundAccountSchema>;

/** The profile check (seed "Check a robowise configuration") before a create or update is sent. */
export const robowiseCheckSchema = z.object({
  riskProfileId: parameters.riskProfileId,
  excludedIndustries: parameters.excludedIndustries,
  excludedCompanies: parameters.excludedCompanies,
  reinvestPayments: parameters.reinvestPayments,
});
