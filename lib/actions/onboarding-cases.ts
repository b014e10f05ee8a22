"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { addCaseNote, claimCase, decideCase, releaseCase } from "@/lib/onboarding/case-actions";
import { addNoteSchema, caseIdSchema, decideCaseSchema } from "@/lib/validations/onboarding";

export const claimCaseAction = actionClient
  .metadata({ name: "claimOnboardingCase", permission: "onboarding.review" })
  .inputSchema(caseIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await claimCase(ctx.user, parsedInput.caseId);
    revalidatePath("/onboarding/cases");
    return { ok: true };
  });

export const releaseCaseAction = actionClient
  .metadata({ name: "releaseOnboardingCase", permission: "onboarding.review" })
  .inputSchema(caseIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await releaseCase(ctx.user, parsedInput.caseId);
    revalidatePath("/onboarding/cases");
    return { ok: true };
  });

export const addCaseNoteAction = actionClient
  .metadata({ name: "addOnboardingCaseNote", permission: "onboarding.review" })
  .inputSchema(addNoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addCaseNote(ctx.user, parsedInput.caseId, parsedInput.note);
    revalidatePath(`/onboarding/cases/${parsedInput.caseId}`);
    return { ok: true };
  });

export const decideCaseAction = actionClient
  .metadata({ name: "decideOnboardingCase", permission: "onboarding.review" })
  .inputSchema(decideCaseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await decideCase(ctx.user, parsedInput);
    revalidatePath("/onboarding/cases");
    return result;
  });
