"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { deleteView, saveView } from "@/lib/portfolios/saved-views";
import { deleteViewSchema, saveViewSchema } from "@/lib/validations/portfolios";

// Saved views of the portfolio list; the area is fixed here so a client cannot file views elsewhere.
const AREA = "portfolios";

export const savePortfolioViewAction = actionClient
  .metadata({ name: "savePortfolioView", permission: "views.save" })
  .inputSchema(saveViewSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveView(ctx.user, AREA, parsedInput);
    revalidatePath("/portfolios");
    return result;
  });

export const deletePortfolioViewAction = actionClient
  .metadata({ name: "deletePortfolioView", permission: "views.save" })
  .inputSchema(deleteViewSchema)
  .action(async ({ parsedInput, ctx }) => {
    await deleteView(ctx.user, parsedInput.id);
    revalidatePath("/portfolios");
    return { ok: true };
  });
