import { z } from "zod";

import { waDecimal, waDecimalLike } from "./schemas";

/** Robowise (seed 004 "Robowise"): risk profiles, configuration data and sub-accounts. */

export const WA_ROBOWISE_STATES = ["opening", "open", "closing", "closed"] as const;
export const WA_ROBOWISE_CLOSURE_TYPES = ["transfer_to_parent", "liquidate"] as const;
export const WA_ROBOWISE_WITHDRAWAL_TYPES = ["all", "some", "none"] as const;

/** Seed "Robowise Bond Summary". The configuration-data example calls the list candidate_loans, the attributes table candidate_bonds. */
export const waRobowiseBondSchema = z.object({
  product_id: z.string(),
  company_id: z.string(),
  risk_category: z.string(),
  coupon: waDecimalLike,
  yield: waDecimalLike,
  weight: waDecimalLike,
});

/** Weightings are the seed's one Float: kept as decimal strings all the same. */
export const waRiskProfileSchema = z.object({
  reference: z.string(),
  label: z.string(),
  projected_return: waDecimalLike,
  weightings: z.object({ medium: waDecimalLike, high: waDecimalLike }),
  attributes: z
    .looseObject({
      candidate_loans: z.array(waRobowiseBondSchema).optional(),
      candidate_bonds: z.array(waRobowiseBondSchema).optional(),
      calculated_yield: waDecimalLike,
      bond_count: z.number().int(),
    })
    .optional(),
  description: z.string(),
  legacy: z.boolean().optional(),
});
export type WiseAlphaRiskProfile = z.infer<typeof waRiskProfileSchema>;

export const waRobowiseConfigurationSchema = z.object({
  companies: z.array(z.object({ company_id: z.string(), company_name: z.string(), industry: z.string() })),
  industries: z.array(z.object({ key: z.string(), label: z.string().optional(), name: z.string().optional() })),
  risk_profiles: z.array(waRiskProfileSchema),
  suggested_names: z.array(z.string()).optional(),
});

export const waRiskProfileAttributesSchema = z.object({
  candidate_bonds: z.array(waRobowiseBondSchema),
  bond_count: waDecimalLike,
  weighted_ytm: waDecimalLike,
  issues: z.array(z.string()),
});

export const waRobowiseIdealSchema = z.object({
  product_id: z.string(),
  company_id: z.string(),
  industry: z.string(),
  ideal: waDecimalLike,
  wanted: waDecimalLike,
  held: waDecimalLike,
  to_acquire: waDecimalLike,
  reason: z.string(),
  performance: z.unknown().optional(),
});

/** Seed "Robowise Account"; performance, balance and ideals only with `expand`. */
export const waRobowiseAccountSchema = z.object({
  name: z.string(),
  reference: z.string(),
  created: z.string(),
  parameters: z.object({
    currency: z.string(),
    risk_profile: waRiskProfileSchema.optional(),
    risk_profile_id: z.string(),
    profile_modifiers: z.object({
      excluded_industries: z.array(z.string()).default([]),
      excluded_companies: z.array(z.string()).default([]),
    }),
    reinvest_payments: z.boolean(),
  }),
  status: z.object({ state: z.enum(WA_ROBOWISE_STATES), description: z.string() }),
  withdrawal_behavior: z.object({ type: z.enum(WA_ROBOWISE_WITHDRAWAL_TYPES), amount: waDecimalLike }),
  metadata: z.looseObject({ industry_count: z.number().int() }).optional(),
  performance: z.looseObject({ currency: z.string(), summaries: z.record(z.string(), z.unknown()) }).optional(),
  balance: z.object({ amount: waDecimal, currency: z.string() }).optional(),
  ideals: z.array(waRobowiseIdealSchema).optional(),
});
export type WiseAlphaRobowiseAccount = z.infer<typeof waRobowiseAccountSchema>;
export const waRobowiseAccountListSchema = z.array(waRobowiseAccountSchema);

/** Fund's answer: the robowise account's cash balance (seed: "an Account Balance object"). */
export const waRobowiseBalanceSchema = z.object({ amount: waDecimal, currency: z.string() });
