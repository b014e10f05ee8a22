import { z } from "zod";

import { seg, type Call } from "./call";
import type { AccountRef } from "./client-accounts";
import { customerPath } from "./client-customers";
import {
  WA_ROBOWISE_CLOSURE_TYPES,
  WA_ROBOWISE_WITHDRAWAL_TYPES,
  waRiskProfileAttributesSchema,
  waRobowiseAccountListSchema,
  waRobowiseAccountSchema,
  waRobowiseBalanceSchema,
  waRobowiseConfigurationSchema,
} from "./robowise-schemas";

export type RobowiseRef = AccountRef & { robowiseId: string };
export type RobowiseExpansion = "performance" | "balance" | "ideals";
export type RobowiseParameters = {
  riskProfileId: string;
  excludedIndustries?: string[];
  excludedCompanies?: string[];
  reinvestPayments?: boolean;
};
type RobowiseSettings = { name?: string; parameters: RobowiseParameters };

const cashAmount = z.string().regex(/^\d+(\.\d{1,2})?$/, "a positive amount with at most 2 decimal places");

const parametersBody = (p: RobowiseParameters) => ({
  risk_profile_id: z.string().min(1).parse(p.riskProfileId),
  reinvest_payments: p.reinvestPayments ?? false,
  profile_modifiers: { excluded_industries: p.excludedIndustries ?? [], excluded_companies: p.excludedCompanies ?? [] },
});

/** Seed: "Currently robowise is only supported for GBP investment accounts" and 422 when the parent is short. */
const REFUSALS = {
  400: "WiseAlpha refused the robowise request (see the details: for example an unknown risk profile, or a closing portfolio).",
  422: "The parent account's available cash is less than the amount. Nothing was moved.",
};

/**
 * Robowise sub-accounts of an investment account (seed 004 "Robowise"). Writes are sent once
 * (WiseAlpha documents no idempotency key); fund and withdraw name the amount, so a caller that
 * lost an answer reads the portfolio's balance before sending again.
 */
export function robowiseMethods(call: Call) {
  const base = (ref: AccountRef) => `/customers/${customerPath(ref.customerId)}/investment-accounts/${seg(ref.accountId)}/robowise`;
  const one = (ref: RobowiseRef) => `${base(ref)}/${seg(ref.robowiseId)}`;
  const expand = (list?: RobowiseExpansion[]) => (list?.length ? { expand: list.join(",") } : {});
  /** Create (POST to the list) and update (PUT to the one) send the same body and get the account back. */
  const save = (method: "POST" | "PUT", path: string, settings: RobowiseSettings) =>
    call({
      method,
      path,
      body: { ...(settings.name ? { name: settings.name } : {}), parameters: parametersBody(settings.parameters) },
      schema: waRobowiseAccountSchema,
      refusals: REFUSALS,
    });

  return {
    getRobowiseConfiguration: async (currency = "GBP", riskProfileId?: string) =>
      call({
        path: `/robowise/${seg(currency.toUpperCase())}/configuration-data/`,
        query: { risk_profile_id: riskProfileId },
        schema: waRobowiseConfigurationSchema,
      }),
    checkRobowiseProfile: async (input: {
      currency?: string;
      riskProfileId: string;
      excludedIndustries?: string[];
      excludedCompanies?: string[];
    }) =>
      call({
        path: `/robowise/${seg((input.currency ?? "GBP").toUpperCase())}/risk-profile-attributes/`,
        query: {
          risk_profile_id: input.riskProfileId,
          excluded_industries: input.excludedIndustries?.join(","),
          excluded_companies: input.excludedCompanies?.join(","),
        },
        schema: waRiskProfileAttributesSchema,
      }),
    listRobowise: async (ref: AccountRef, expansions?: RobowiseExpansion[]) =>
      call({ path: `${base(ref)}/`, query: expand(expansions), schema: waRobowiseAccountListSchema }),
    getRobowise: async (ref: RobowiseRef, expansions?: RobowiseExpansion[]) =>
      call({ path: `${one(ref)}/`, query: expand(expansions), schema: waRobowiseAccountSchema }),
    createRobowise: async (ref: AccountRef & RobowiseSettings) => save("POST", `${base(ref)}/`, ref),
    updateRobowise: async (ref: RobowiseRef & RobowiseSettings) => save("PUT", `${one(ref)}/`, ref),
    fundRobowise: async (ref: RobowiseRef & { amount: string }) =>
      call({
        method: "POST",
        path: `${one(ref)}/fund/`,
        body: { amount: cashAmount.parse(ref.amount) },
        schema: waRobowiseBalanceSchema,
        refusals: REFUSALS,
      }),
    withdrawFromRobowise: async (ref: RobowiseRef & { type: (typeof WA_ROBOWISE_WITHDRAWAL_TYPES)[number]; amount?: string }) =>
      call({
        method: "POST",
        path: `${one(ref)}/withdraw/`,
        body: {
          type: z.enum(WA_ROBOWISE_WITHDRAWAL_TYPES).parse(ref.type),
          ...(ref.amount ? { amount: cashAmount.parse(ref.amount) } : {}),
        },
        schema: waRobowiseAccountSchema,
        refusals: REFUSALS,
      }),
    /** The seed's table calls the field closure_type, its examples type: both are sent. */
    closeRobowise: async (ref: RobowiseRef & { closureType: (typeof WA_ROBOWISE_CLOSURE_TYPES)[number] }) => {
      const closureType = z.enum(WA_ROBOWISE_CLOSURE_TYPES).parse(ref.closureType);
      return call({
        method: "POST",
        path: `${one(ref)}/close/`,
        body: { closure_type: closureType, type: closureType },
        schema: waRobowiseAccountSchema,
        refusals: REFUSALS,
      });
    },
  };
}
