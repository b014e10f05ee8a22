"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { blockPortfolio, changeBrokerageAccount, setFundedSince, unblockPortfolio } from "@/lib/data/portfolios/portfolio-actions";
import { changeBrokerageAccountSchema, setFundedSinceSchema, setPortfolioBlockedSchema } from "@/lib/validations/portfolios-actions";

const detailPath = (id: string) => `/portfolios/${id}`;

export const blockPortfolioAction = actionClient
  .metadata({ name: "blockPortfolio", permission: "portfolios.block" })
  .inputSchema(setPortfolioBlockedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await blockPortfolio(ctx.user, parsedInput.portfolioId, parsedInput.reason);
    revalidatePath(detailPath(parsedInput.portfolioId));
    return result;
  });

export const unblockPortfolioAction = actionClient
  .metadata({ name: "unblockPortfolio", permission: "portfolios.block" })
  .inputSchema(setPortfolioBlockedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await unblockPortfolio(ctx.user, parsedInput.portfolioId, parsedInput.reason);
    revalidatePath(detailPath(parsedInput.portfolioId));
    return result;
  });

export const changeBrokerageAccountAction = actionClient
  .metadata({ name: "changeBrokerageAccount", permission: "portfolios.edit" })
  .inputSchema(changeBrokerageAccountSchema)
  .action(async ({ parsedInput: { portfolioId, ...account }, ctx }) => {
    const result = await changeBrokerageAccount(ctx.user, portfolioId, account);
    revalidatePath(detailPath(portfolioId));
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
