"use server";

import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";

import { actionClient, areaAction } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { fundOrRequestRobowise } from "@/lib/four-eyes/robowise";
import {
  createRobowiseSchema,
  fundAccountSchema,
  fundRobowiseSchema,
  robowiseCheckSchema,
  updateRobowiseSchema,
  withdrawRobowiseSchema,
} from "@/lib/validations/wisealpha-robowise";
import {
  checkRobowiseParameters,
  createRobowisePortfolio,
  requestFundInstructions,
  updateRobowisePortfolio,
  withdrawFromRobowisePortfolio,
  type FormOutcome,
} from "@/lib/wisealpha-accounts/robowise-writes";

/**
 * Robowise create/update/fund/withdraw and fund instructions at WiseAlpha. Each is a trading
 * decision for the customer (as closing a portfolio is), so orders.trade (STAFF, ADMIN),
 * checked by the action client before anything runs. WiseAlpha's 4xx answers come back as
 * validation errors on the form's fields (or the form as a whole).
 */
function unwrap<R>(schema: z.ZodType, outcome: FormOutcome<R>): R {
  if (outcome.ok) return outcome.value;
  const errors: Record<string, { _errors: string[] } | string[]> = {};
  for (const [field, message] of Object.entries(outcome.refusal.fields)) errors[field] = { _errors: [message] };
  if (outcome.refusal.form) errors._errors = [outcome.refusal.form];
  // The schema is only used for its type here; the paths are our own form fields.
  return returnValidationErrors(schema as never, errors as never);
}

const accountPath = (p: { customerRef: string; accountId: string }) => `/orders/customers/${p.customerRef}/accounts/${p.accountId}`;

/** A robowise form: the domain call as the signed-in person, its refusal as the form's errors, then the account's pages refresh. */
function robowiseForm<S extends z.ZodType<{ customerRef: string; accountId: string }>, R>(
  name: string,
  schema: S,
  domain: (user: CurrentUser, input: z.output<S>) => Promise<FormOutcome<R>>,
  type?: "layout",
) {
  return areaAction("orders.trade", { type })(
    name,
    schema,
    async (input, { user }) => unwrap(schema, await domain(user, input)),
    accountPath,
  );
}

export const createRobowiseAction = robowiseForm("createRobowise", createRobowiseSchema, createRobowisePortfolio, "layout");
export const updateRobowiseAction = robowiseForm("updateRobowise", updateRobowiseSchema, updateRobowisePortfolio, "layout");
// Above ORDER_FOUR_EYES_ABOVE this files a change request ({ status: "pending" }) for a second person.
export const fundRobowiseAction = robowiseForm("fundRobowise", fundRobowiseSchema, fundOrRequestRobowise, "layout");
export const withdrawRobowiseAction = robowiseForm("withdrawRobowise", withdrawRobowiseSchema, withdrawFromRobowisePortfolio, "layout");
export const fundAccountAction = robowiseForm("fundWiseAlphaAccount", fundAccountSchema, requestFundInstructions);

/** Read-only: WiseAlpha's check of a profile and exclusions, shown in the form before it is sent. */
export const checkRobowiseAction = actionClient
  .metadata({ name: "checkRobowise", permission: "orders.trade" })
  .inputSchema(robowiseCheckSchema)
  .action(async ({ parsedInput }) => checkRobowiseParameters(parsedInput));
