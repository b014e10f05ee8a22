"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { decideDrift, requestReconciliationRun } from "@/lib/reconciliation/decide-drift";
import { decideDriftSchema, requestRunSchema } from "@/lib/validations/reconciliation";

export const decideDriftAction = actionClient
  .metadata({ name: "decideDrift", permission: "reconciliation.decide" })
  .inputSchema(decideDriftSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await decideDrift(ctx.user, parsedInput);
    revalidatePath("/reconciliation");
    revalidatePath(`/reconciliation/${parsedInput.id}`);
    return result;
  });

export const requestReconciliationRunAction = actionClient
  .metadata({ name: "requestReconciliationRun", permission: "reconciliation.run" })
  .inputSchema(requestRunSchema)
  .action(async ({ ctx }) => {
    const result = await requestReconciliationRun(ctx.user);
    revalidatePath("/reconciliation");
    return result;
  });
