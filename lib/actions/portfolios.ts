"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { setFundedSince } from "@/lib/portfolios/portfolio-actions";
import { requestChange } from "@/lib/four-eyes/change-requests";
import { createPortfolio, updatePortfolio } from "@/lib/portfolios/portfolio-lifecycle";
import { closePortfolioSchema, createPortfolioSchema, updatePortfolioSchema } from "@/lib/validations/portfolio-lifecycle";
import { changeBrokerageAccountSchema, setFundedSinceSchema, setPortfolioBlockedSchema } from "@/lib/validations/portfolios-actions";

const detailPath = (id: string) => `/portfolios/${id}`;

// Four eyes (lib/auth/four-eyes-policy.ts): blocking, unblocking and a new payout account
// only file a change request; another eligible person approves it on /approvals, which
// then calls the domain functions in lib/portfolios/portfolio-actions.ts.

export const blockPortfolioAction = actionClient
  .metadata({ name: "blockPortfolio", permission: "portfolios.block" })
  .inputSchema(setPortfolioBlockedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestChange(ctx.user, "portfolio.block", parsedInput);
    revalidatePath("/approvals");
    return result;
  });

export const unblockPortfolioAction = actionClient
  .metadata({ name: "unblockPortfolio", permission: "portfolios.block" })
  .inputSchema(setPortfolioBlockedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestChange(ctx.user, "portfolio.unblock", parsedInput);
    revalidatePath("/approvals");
    return result;
  });

export const changeBrokerageAccountAction = actionClient
  .metadata({ name: "changeBrokerageAccount", permission: "portfolios.edit" })
  .inputSchema(changeBrokerageAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestChange(ctx.user, "portfolio.change_brokerage_account", parsedInput);
    revalidatePath("/approvals");
    return result;
  });

export const setFundedSinceAction = actionClient
  .metadata({ name: "setFundedSince", permission: "portfolios.edit" })
  .inputSchema(setFundedSinceSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setFundedSince(ctx.user, parsedInput.portfolioId, parsedInput.fundedSince);
    revalidatePath(detailPath(parsedInput.portfolioId));
    return result;
  });

// #17 portfolio lifecycle. Creating and changing the mutable fields are direct (audited
// provider writes); closing is a delete at InvestSuite that can never be undone, so it is a
// change request like blocking (four-eyes table "portfolio.close").

export const createPortfolioAction = actionClient
  .metadata({ name: "createPortfolio", permission: "portfolios.create" })
  .inputSchema(createPortfolioSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createPortfolio(ctx.user, parsedInput);
    revalidatePath(`/portfolios/users/${parsedInput.ownerUserId}`);
    return result;
  });

export const updatePortfolioAction = actionClient
  .metadata({ name: "updatePortfolio", permission: "portfolios.edit" })
  .inputSchema(updatePortfolioSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updatePortfolio(ctx.user, parsedInput);
    revalidatePath(detailPath(parsedInput.portfolioId));
    return result;
  });

export const closePortfolioAction = actionClient
  .metadata({ name: "closePortfolio", permission: "portfolios.close" })
  .inputSchema(closePortfolioSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestChange(ctx.user, "portfolio.close", parsedInput);
    revalidatePath("/approvals");
    return result;
  });
