"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { approveWithdrawal, prepareWithdrawal, rejectWithdrawal } from "@/lib/data/withdrawals/decide-withdrawal";
import { rejectWithdrawalSchema, withdrawalIdSchema } from "@/lib/validations/withdrawals";

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

export const rejectWithdrawalAction = actionClient
  .metadata({ name: "rejectWithdrawal", permission: "withdrawals.decide" })
  .inputSchema(rejectWithdrawalSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rejectWithdrawal(ctx.user, parsedInput);
    revalidatePath("/withdrawals");
    return { ok: true };
  });
