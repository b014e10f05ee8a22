"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { actionClient } from "@/lib/actions/safe-action";
import { approveWithdrawal, prepareWithdrawal, rejectWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { requestWiseAlphaWithdrawal } from "@/lib/withdrawals/request-wisealpha-withdrawal";
import { loadPayees } from "@/lib/withdrawals/payee";
import {
  newWiseAlphaWithdrawalSchema,
  rejectWithdrawalSchema,
  withdrawalIdSchema,
  withdrawalIdsSchema,
} from "@/lib/validations/withdrawals";

export const prepareWithdrawalAction = actionClient
  .metadata({ name: "prepareWithdrawal", permission: "withdrawals.prepare" })
  .inputSchema(withdrawalIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await prepareWithdrawal(ctx.user, parsedInput.withdrawalId);
    revalidatePath("/withdrawals");
    return { ok: true };
  });

// Four eyes: the permission lets admins in; the domain rule refuses the maker, inside this action.
export const approveWithdrawalAction = actionClient
  .metadata({ name: "approveWithdrawal", permission: "withdrawals.decide" })
  .inputSchema(withdrawalIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await approveWithdrawal(ctx.user, parsedInput.withdrawalId);
    revalidatePath("/withdrawals");
    return result;
  });

/** Read-only: who is paid and where, for the requests an approver is about to confirm (bulk approval dialog). */
export const loadWithdrawalPayeesAction = actionClient
  .metadata({ name: "loadWithdrawalPayees", permission: "withdrawals.decide" })
  .inputSchema(withdrawalIdsSchema)
  .action(async ({ parsedInput }) => ({ payees: await loadPayees(parsedInput.withdrawalIds) }));

export const rejectWithdrawalAction = actionClient
  .metadata({ name: "rejectWithdrawal", permission: "withdrawals.decide" })
  .inputSchema(rejectWithdrawalSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rejectWithdrawal(ctx.user, parsedInput);
    revalidatePath("/withdrawals");
    return { ok: true };
  });

// Requesting is preparing: the requester becomes the maker, so another admin must approve.
export const requestWiseAlphaWithdrawalAction = actionClient
  .metadata({ name: "requestWiseAlphaWithdrawal", permission: "withdrawals.prepare" })
  .inputSchema(newWiseAlphaWithdrawalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestWiseAlphaWithdrawal(ctx.user, parsedInput);
    // A refusal belongs next to the field it is about, like a validation error.
    if (!result.ok) returnValidationErrors(newWiseAlphaWithdrawalSchema, { [result.refusal.field]: { _errors: [result.refusal.message] } });
    revalidatePath("/withdrawals");
    return { withdrawalId: result.withdrawalId };
  });
