"use server";

import { z } from "zod";

import { areaAction, asUser } from "@/lib/actions/safe-action";
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

// What a case asks of WiseAlpha (documents, profile fields, investor type) shows on the case's own page.
const act = areaAction("onboarding.act", { refresh: "/onboarding/customers" });
const casePage = (input: { caseId: string }) => `/onboarding/cases/${input.caseId}`;

export const uploadDocumentAction = act("uploadOnboardingDocument", uploadDocumentSchema, asUser(uploadCustomerDocument), casePage);
export const provideProfileFieldsAction = act(
  "provideOnboardingProfileFields",
  profileFieldsSchema,
  asUser(provideProfileFields),
  casePage,
);
export const changeInvestorTypeAction = act(
  "changeOnboardingInvestorType",
  changeInvestorTypeSchema,
  asUser(changeCustomerInvestorType),
  casePage,
);
export const createCustomerAction = act("createOnboardingCustomer", createCustomerSchema, asUser(createManagedCustomer));

/** Re-reads every managed customer from WiseAlpha into the projection (the worker also does this periodically). */
export const syncCustomersAction = areaAction("onboarding.read", { refresh: "/onboarding/customers" })(
  "syncOnboardingCustomers",
  z.object({ confirm: z.literal(true) }),
  () => syncWiseAlphaCustomersNow(),
);
