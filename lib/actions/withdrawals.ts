"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { actionClient } from "@/lib/actions/safe-action";
import { approveWithdrawal, prepareWithdrawal, rejectWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { requestWiseAlphaWithdrawal } from "@/lib/withdrawals/request-wisealpha-withdrawal";
import { newWiseAlphaWithdrawalSchema, rejectWithdrawalSchema, withdrawalIdSchema } from "@/lib/validations/withdrawals";

export const prepareWithdrawalAction = actionClient
  .metadata({ name: "prepareWithdrawal", permission: "withdrawals.prepare" })
  .inputSchema(withdrawalIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await prepareWithdrawal(ctx.request, parsedInput.withdrawalId);
    revalidatePath("/withdrawals");
    return { ok: true };
  });

// Four eyes: the permission lets admins in; the domain rule refuses the maker, inside this action.
export const approveWithdrawalAction = actionClient
  .metadata({ name: "approveWithdrawal", permission: "withdrawals.decide" })
  .inputSchema(withdrawalIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await approveWithdrawal(ctx.request, parsedInput.withdrawalId);
    revalidatePath("/withdrawals");
    return result;
  });

export const rejectWithdrawalAction = actionClient
  .metadata({ name: "rejectWithdrawal", permission: "withdrawals.decide" })
  .inputSchema(rejectWithdrawalSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rejectWithdrawal(ctx.request, parsedInput);
    revalidatePath("/withdrawals");
    return { ok: true };
  });

// Requesting is preparing: the requester becomes the maker, so another admin must approve.
export const requestWiseAlphaWithdrawalAction = actionClient
  .metadata({ name: "requestWiseAlphaWithdrawal", permission: "withdrawals.prepare" })
  .inputSchema(newWiseAlphaWithdrawalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestWiseAlphaWithdrawal(ctx.request, parsedInput);
    // A refusal belongs next to the field it is about, like a validation error.
    if (!result.ok) returnValidationErrors(newWiseAlphaWithdrawalSchema, { [result.refusal.field]: { _errors: [result.refusal.message] } });
    revalidatePath("/withdrawals");
    return { withdrawalId: result.withdrawalId };
  });
