"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { actionClient } from "@/lib/actions/safe-action";
import { approveDeposit, rejectDeposit } from "@/lib/deposits/decide-deposit";
import { recordDeposit } from "@/lib/deposits/record-deposit";
import { depositIdSchema, recordDepositSchema, rejectDepositSchema } from "@/lib/validations/deposits";

export const recordDepositAction = actionClient
  .metadata({ name: "recordDeposit", permission: "deposits.record" })
  .inputSchema(recordDepositSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await recordDeposit(ctx.request, parsedInput);
    // A refusal (unknown portfolio, wrong currency, reference already recorded) belongs next to its field.
    if (!result.ok) returnValidationErrors(recordDepositSchema, { [result.refusal.field]: { _errors: [result.refusal.message] } });
    revalidatePath("/deposits");
    return { depositId: result.depositId, requiresApproval: result.requiresApproval };
  });

// Four eyes: the permission lets admins in; the domain rule refuses the person who recorded it, inside this action.
export const approveDepositAction = actionClient
  .metadata({ name: "approveDeposit", permission: "deposits.approve" })
  .inputSchema(depositIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await approveDeposit(ctx.request, parsedInput.depositId);
    revalidatePath("/deposits");
    return result;
  });

export const rejectDepositAction = actionClient
  .metadata({ name: "rejectDeposit", permission: "deposits.approve" })
  .inputSchema(rejectDepositSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await rejectDeposit(ctx.request, parsedInput);
    revalidatePath("/deposits");
    return result;
  });
