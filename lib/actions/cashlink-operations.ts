"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
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

const invitationPage = (id: string) => `/onboarding/invitations/${id}`;

export const createCashlinkInvitationAction = actionClient
  .metadata({ name: "createCashlinkInvitation", permission: "onboarding.act" })
  .inputSchema(createInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createCashlinkInvitation(ctx.user, parsedInput);
    revalidatePath("/onboarding/invitations");
    return result;
  });

export const recordSelfDisclosureAction = actionClient
  .metadata({ name: "recordCashlinkSelfDisclosure", permission: "onboarding.act" })
  .inputSchema(selfDisclosureSchema)
  .action(async ({ parsedInput, ctx }) => {
    await recordSelfDisclosure(ctx.user, parsedInput);
    revalidatePath(invitationPage(parsedInput.invitationId));
  });

export const recordSurveyAction = actionClient
  .metadata({ name: "recordCashlinkSurvey", permission: "onboarding.act" })
  .inputSchema(surveySchema)
  .action(async ({ parsedInput, ctx }) => {
    await recordSurvey(ctx.user, parsedInput);
    revalidatePath(invitationPage(parsedInput.invitationId));
  });

export const recordSurveyWaiverAction = actionClient
  .metadata({ name: "recordCashlinkSurveyWaiver", permission: "onboarding.act" })
  .inputSchema(surveyWaiverSchema)
  .action(async ({ parsedInput, ctx }) => {
    await recordSurveyWaiver(ctx.user, parsedInput);
    revalidatePath(invitationPage(parsedInput.invitationId));
  });

export const createCashlinkInvestorAction = actionClient
  .metadata({ name: "createCashlinkInvestor", permission: "onboarding.act" })
  .inputSchema(createInvestorSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createCashlinkInvestor(ctx.user, parsedInput);
    revalidatePath("/onboarding/cashlink-investors");
    return result;
  });

export const identifyCashlinkInvestorAction = actionClient
  .metadata({ name: "identifyCashlinkInvestor", permission: "onboarding.act" })
  .inputSchema(identifyInvestorSchema)
  .action(async ({ parsedInput, ctx }) => {
    await identifyCashlinkInvestor(ctx.user, parsedInput);
    revalidatePath(`/onboarding/cashlink-investors/${parsedInput.investorId}`);
  });

export const addCashlinkWalletAction = actionClient
  .metadata({ name: "addCashlinkWallet", permission: "onboarding.act" })
  .inputSchema(addWalletSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addCashlinkWallet(ctx.user, parsedInput);
    revalidatePath(`/onboarding/cashlink-investors/${parsedInput.investorId}`);
  });

export const markCashlinkInvestmentPaidAction = actionClient
  .metadata({ name: "markCashlinkInvestmentPaid", permission: "cashlink_investments.mark_paid" })
  .inputSchema(markInvestmentPaidSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markCashlinkInvestmentPaid(ctx.user, parsedInput);
    revalidatePath("/onboarding/investments");
    revalidatePath("/onboarding/invitations", "layout");
    return result;
  });

export const acceptCashlinkInvestmentsAction = actionClient
  .metadata({ name: "acceptCashlinkInvestments", permission: "cashlink_investments.accept" })
  .inputSchema(acceptInvestmentsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const results = await acceptCashlinkInvestments(ctx.user, parsedInput);
    revalidatePath("/onboarding/investments");
    return { results };
  });
