"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { setFundedSince } from "@/lib/portfolios/portfolio-actions";
import { requestChange } from "@/lib/four-eyes/change-requests";
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
