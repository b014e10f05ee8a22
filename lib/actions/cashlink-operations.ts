"use server";

import { revalidatePath } from "next/cache";

import { actionClient, areaAction, asUser } from "@/lib/actions/safe-action";
import {
  acceptCashlinkInvestments,
  addCashlinkWallet,
  createCashlinkInvestor,
  createCashlinkInvitation,
  identifyCashlinkInvestor,
  markCashlinkInvestmentPaid,
  recordSelfDisclosure,
  recordSurvey,
  recordSurveyWaiver,
} from "@/lib/onboarding/cashlink-operations";
import {
  acceptInvestmentsSchema,
  addWalletSchema,
  createInvestorSchema,
  createInvitationSchema,
  identifyInvestorSchema,
  markInvestmentPaidSchema,
  selfDisclosureSchema,
  surveySchema,
  surveyWaiverSchema,
} from "@/lib/validations/cashlink-onboarding";

// Cashlink writes of issue #17; each checks its permission inside (actionClient) and runs one domain function.
const act = areaAction("onboarding.act");
const invitationPage = (input: { invitationId: string }) => `/onboarding/invitations/${input.invitationId}`;
const investorPage = (input: { investorId: string }) => `/onboarding/cashlink-investors/${input.investorId}`;

export const createCashlinkInvitationAction = act(
  "createCashlinkInvitation",
  createInvitationSchema,
  asUser(createCashlinkInvitation),
  "/onboarding/invitations",
);
export const recordSelfDisclosureAction = act(
  "recordCashlinkSelfDisclosure",
  selfDisclosureSchema,
  asUser(recordSelfDisclosure),
  invitationPage,
);
export const recordSurveyAction = act("recordCashlinkSurvey", surveySchema, asUser(recordSurvey), invitationPage);
export const recordSurveyWaiverAction = act("recordCashlinkSurveyWaiver", surveyWaiverSchema, asUser(recordSurveyWaiver), invitationPage);
export const createCashlinkInvestorAction = act(
  "createCashlinkInvestor",
  createInvestorSchema,
  asUser(createCashlinkInvestor),
  "/onboarding/cashlink-investors",
);
export const identifyCashlinkInvestorAction = act(
  "identifyCashlinkInvestor",
  identifyInvestorSchema,
  asUser(identifyCashlinkInvestor),
  investorPage,
);
export const addCashlinkWalletAction = act("addCashlinkWallet", addWalletSchema, asUser(addCashlinkWallet), investorPage);

export const markCashlinkInvestmentPaidAction = actionClient
  .metadata({ name: "markCashlinkInvestmentPaid", permission: "cashlink_investments.mark_paid" })
  .inputSchema(markInvestmentPaidSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markCashlinkInvestmentPaid(ctx.user, parsedInput);
    revalidatePath("/onboarding/investments");
    revalidatePath("/onboarding/invitations", "layout");
    return result;
  });

export const acceptCashlinkInvestmentsAction = areaAction("cashlink_investments.accept")(
  "acceptCashlinkInvestments",
  acceptInvestmentsSchema,
  async (input, { user }) => ({ results: await acceptCashlinkInvestments(user, input) }),
  "/onboarding/investments",
);
