"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { createCashlinkInvestment } from "@/lib/onboarding/create-cashlink-investment";
import { createCashlinkInvestmentSchema } from "@/lib/validations/cashlink-onboarding";

export const createCashlinkInvestmentAction = actionClient
  .metadata({ name: "createCashlinkInvestment", permission: "onboarding.act" })
  .inputSchema(createCashlinkInvestmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createCashlinkInvestment(ctx.user, parsedInput);
    revalidatePath(`/onboarding/invitations/${parsedInput.invitationId}`);
    revalidatePath("/onboarding/invitations");
    return result;
  });
