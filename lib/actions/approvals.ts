"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { approveChange } from "@/lib/four-eyes/approve-change-request";
import { cancelChange, rejectChange } from "@/lib/four-eyes/change-requests";
import { changeRequestIdSchema, rejectChangeRequestSchema } from "@/lib/validations/four-eyes";

// The gate lets every role in; whether this person may decide this request is
// checked inside by its kind's approve permission (lib/auth/four-eyes-policy.ts)
// and the eligibility rules (lib/four-eyes/eligibility.ts).

export const approveChangeRequestAction = actionClient
  .metadata({ name: "approveChangeRequest", permission: "approvals.decide" })
  .inputSchema(changeRequestIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await approveChange(ctx.user, parsedInput.changeRequestId);
    revalidatePath("/approvals");
    return result;
  });

export const rejectChangeRequestAction = actionClient
  .metadata({ name: "rejectChangeRequest", permission: "approvals.decide" })
  .inputSchema(rejectChangeRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rejectChange(ctx.user, parsedInput);
    revalidatePath("/approvals");
    return { ok: true };
  });

export const cancelChangeRequestAction = actionClient
  .metadata({ name: "cancelChangeRequest", permission: "approvals.decide" })
  .inputSchema(changeRequestIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await cancelChange(ctx.user, parsedInput.changeRequestId);
    revalidatePath("/approvals");
    return { ok: true };
  });
