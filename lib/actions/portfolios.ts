"use server";

import type { z } from "zod";

import { areaAction, asUser } from "@/lib/actions/safe-action";
import { setFundedSince } from "@/lib/portfolios/portfolio-actions";
import { requestChange } from "@/lib/four-eyes/change-requests";
import { createPortfolio, updatePortfolio } from "@/lib/portfolios/portfolio-lifecycle";
import type { ChangeKindWithPayload, PayloadOf } from "@/lib/validations/four-eyes";
import { closePortfolioSchema, createPortfolioSchema, updatePortfolioSchema } from "@/lib/validations/portfolio-lifecycle";
import { changeBrokerageAccountSchema, setFundedSinceSchema, setPortfolioBlockedSchema } from "@/lib/validations/portfolios-actions";

const detailPath = (input: { portfolioId: string }) => `/portfolios/${input.portfolioId}`;

/** An action that only files the change request of `kind`; it shows on /approvals until a second person decides. */
function fourEyes<K extends ChangeKindWithPayload, S extends z.ZodType<PayloadOf<K>>>(name: string, permission: string, input: S, kind: K) {
  return areaAction(permission, { refresh: "/approvals" })(name, input, (payload, { user }) =>
    requestChange(user, kind, payload as PayloadOf<K>),
  );
}

// Four eyes (lib/auth/four-eyes-policy.ts): blocking, unblocking and a new payout account
// only file a change request; another eligible person approves it on /approvals, which
// then calls the domain functions in lib/portfolios/portfolio-actions.ts.

export const blockPortfolioAction = fourEyes("blockPortfolio", "portfolios.block", setPortfolioBlockedSchema, "portfolio.block");
export const unblockPortfolioAction = fourEyes("unblockPortfolio", "portfolios.block", setPortfolioBlockedSchema, "portfolio.unblock");
export const changeBrokerageAccountAction = fourEyes(
  "changeBrokerageAccount",
  "portfolios.edit",
  changeBrokerageAccountSchema,
  "portfolio.change_brokerage_account",
);

const edit = areaAction("portfolios.edit");

export const setFundedSinceAction = edit(
  "setFundedSince",
  setFundedSinceSchema,
  (input, { user }) => setFundedSince(user, input.portfolioId, input.fundedSince),
  detailPath,
);

// #17 portfolio lifecycle. Creating and changing the mutable fields are direct (audited
// provider writes); closing is a delete at InvestSuite that can never be undone, so it is a
// change request like blocking (four-eyes table "portfolio.close").

export const createPortfolioAction = areaAction("portfolios.create")(
  "createPortfolio",
  createPortfolioSchema,
  asUser(createPortfolio),
  (input) => `/portfolios/users/${input.ownerUserId}`,
);
export const updatePortfolioAction = edit("updatePortfolio", updatePortfolioSchema, asUser(updatePortfolio), detailPath);
export const closePortfolioAction = fourEyes("closePortfolio", "portfolios.close", closePortfolioSchema, "portfolio.close");
