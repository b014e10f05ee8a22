"use server";

import { areaAction, done } from "@/lib/actions/safe-action";
import { deleteView, saveView } from "@/lib/portfolios/saved-views";
import { deleteViewSchema, saveViewSchema } from "@/lib/validations/portfolios";

// Saved views of the portfolio list; the area is fixed here so a client cannot file views elsewhere.
const AREA = "portfolios";
const views = areaAction("views.save", { refresh: "/portfolios" });

export const savePortfolioViewAction = views("savePortfolioView", saveViewSchema, (input, { user }) => saveView(user, AREA, input));
export const deletePortfolioViewAction = views("deletePortfolioView", deleteViewSchema, (input, { user }) =>
  done(deleteView(user, input.id)),
);
