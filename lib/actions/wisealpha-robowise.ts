"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";

import { actionClient } from "@/lib/actions/safe-action";
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

export const createRobowiseAction = actionClient
  .metadata({ name: "createRobowise", permission: "orders.trade" })
  .inputSchema(createRobowiseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = unwrap(createRobowiseSchema, await createRobowisePortfolio(ctx.user, parsedInput));
    revalidatePath(accountPath(parsedInput), "layout");
    return result;
  });

export const updateRobowiseAction = actionClient
  .metadata({ name: "updateRobowise", permission: "orders.trade" })
  .inputSchema(updateRobowiseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = unwrap(updateRobowiseSchema, await updateRobowisePortfolio(ctx.user, parsedInput));
    revalidatePath(accountPath(parsedInput), "layout");
    return result;
  });

// Above ORDER_FOUR_EYES_ABOVE this files a change request ({ status: "pending" }) for a second person.
export const fundRobowiseAction = actionClient
  .metadata({ name: "fundRobowise", permission: "orders.trade" })
  .inputSchema(fundRobowiseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = unwrap(fundRobowiseSchema, await fundOrRequestRobowise(ctx.user, parsedInput));
    revalidatePath(accountPath(parsedInput), "layout");
    return result;
  });

export const withdrawRobowiseAction = actionClient
  .metadata({ name: "withdrawRobowise", permission: "orders.trade" })
  .inputSchema(withdrawRobowiseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = unwrap(withdrawRobowiseSchema, await withdrawFromRobowisePortfolio(ctx.user, parsedInput));
    revalidatePath(accountPath(parsedInput), "layout");
    return result;
  });

export const fundAccountAction = actionClient
  .metadata({ name: "fundWiseAlphaAccount", permission: "orders.trade" })
  .inputSchema(fundAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = unwrap(fundAccountSchema, await requestFundInstructions(ctx.user, parsedInput));
    revalidatePath(accountPath(parsedInput));
    return result;
  });

/** Read-only: WiseAlpha's check of a profile and exclusions, shown in the form before it is sent. */
export const checkRobowiseAction = actionClient
  .metadata({ name: "checkRobowise", permission: "orders.trade" })
  .inputSchema(robowiseCheckSchema)
  .action(async ({ parsedInput }) => checkRobowiseParameters(parsedInput));
