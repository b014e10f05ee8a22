"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import {
  changeCustomerInvestorType,
  createManagedCustomer,
  provideProfileFields,
  uploadCustomerDocument,
} from "@/lib/onboarding/provider-actions";
import { syncWiseAlphaCustomersNow } from "@/lib/onboarding/sync";
import { changeInvestorTypeSchema } from "@/lib/validations/onboarding-investor-type";
import { uploadDocumentSchema } from "@/lib/validations/onboarding-documents";
import { createCustomerSchema, profileFieldsSchema } from "@/lib/validations/onboarding-profile";
import { z } from "zod";

export const uploadDocumentAction = actionClient
  .metadata({ name: "uploadOnboardingDocument", permission: "onboarding.act" })
  .inputSchema(uploadDocumentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await uploadCustomerDocument(ctx.user, parsedInput);
    revalidatePath(`/onboarding/cases/${parsedInput.caseId}`);
    return result;
  });

export const provideProfileFieldsAction = actionClient
  .metadata({ name: "provideOnboardingProfileFields", permission: "onboarding.act" })
  .inputSchema(profileFieldsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await provideProfileFields(ctx.user, parsedInput);
    revalidatePath(`/onboarding/cases/${parsedInput.caseId}`);
    return result;
  });

export const changeInvestorTypeAction = actionClient
  .metadata({ name: "changeOnboardingInvestorType", permission: "onboarding.act" })
  .inputSchema(changeInvestorTypeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeCustomerInvestorType(ctx.user, parsedInput);
    revalidatePath(`/onboarding/cases/${parsedInput.caseId}`);
    return result;
  });

export const createCustomerAction = actionClient
  .metadata({ name: "createOnboardingCustomer", permission: "onboarding.act" })
  .inputSchema(createCustomerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createManagedCustomer(ctx.user, parsedInput);
    revalidatePath("/onboarding/customers");
    return result;
  });

/** Re-reads every managed customer from WiseAlpha into the projection (the worker also does this periodically). */
export const syncCustomersAction = actionClient
  .metadata({ name: "syncOnboardingCustomers", permission: "onboarding.read" })
  .inputSchema(z.object({ confirm: z.literal(true) }))
  .action(async () => {
    const result = await syncWiseAlphaCustomersNow();
    revalidatePath("/onboarding/customers");
    return result;
  });
