"use server";

import { areaAction, asUser } from "@/lib/actions/safe-action";
import { createCashlinkInvestment } from "@/lib/onboarding/create-cashlink-investment";
import { createCashlinkInvestmentSchema } from "@/lib/validations/cashlink-onboarding";

export const createCashlinkInvestmentAction = areaAction("onboarding.act")(
  "createCashlinkInvestment",
  createCashlinkInvestmentSchema,
  asUser(createCashlinkInvestment),
  (input) => [`/onboarding/invitations/${input.invitationId}`, "/onboarding/invitations"],
);
