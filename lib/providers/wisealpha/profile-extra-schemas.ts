import { z } from "zod";

import { waPageSchema } from "./schemas";

/** Notification settings and company updates (seed 004 "Customer Profiles", "Companies"). */

export const WA_NOTIFICATION_KEYS = [
  "BOND_LISTINGS:MORE_OF_BOND_AVAILABLE",
  "BOND_LISTINGS:NEW_BOND_AVAILABLE",
  "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS",
  "OTHER:NEWS_AND_UPDATES",
] as const;
export const WA_NOTIFICATION_PERIODS = ["DAILY", "WEEKLY", "MONTHLY"] as const;
export const WA_NOTIFICATION_CHANNELS = ["push", "email"] as const;
export type WiseAlphaNotificationChannel = (typeof WA_NOTIFICATION_CHANNELS)[number];

const choiceSchema = z.object({ ENABLED: z.enum(["ON", "OFF"]), PERIOD: z.string().optional() });
export type WiseAlphaNotificationChoice = z.infer<typeof choiceSchema>;

export const waNotificationConfigSchema = z.object({
  configuration: z.record(z.string(), choiceSchema),
  net_configuration: z.record(z.string(), choiceSchema),
});
export type WiseAlphaNotificationConfig = z.infer<typeof waNotificationConfigSchema>;

export const waCompanyUpdateSchema = z.object({
  id: z.number().int(),
  source: z.looseObject({ id: z.number().int(), name: z.string(), description: z.string().optional() }).nullable().optional(),
  title: z.string(),
  description: z.string(),
  published_time: z.string(),
  url: z.string().nullable().optional(),
  provider: z.string(),
  type: z.string(),
  image: z.string().nullable().optional(),
  category: z.string().nullable().optional(),
  priority: z.string(),
  company_id: z.string().optional(),
});
export type WiseAlphaCompanyUpdate = z.infer<typeof waCompanyUpdateSchema>;
export const waCompanyUpdatePageSchema = waPageSchema(waCompanyUpdateSchema);

/** `{company_id: "subscribed" | "unsubscribed"}` */
export const waSubscriptionSchema = z.record(z.string(), z.enum(["subscribed", "unsubscribed"]));

/** OAuth token answer (seed "OAuth", /token/). */
export const waOAuthTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int(),
  refresh_token: z.string().min(1),
  scope: z.string(),
});
export type WiseAlphaOAuthTokens = z.infer<typeof waOAuthTokenSchema>;
export const WA_OAUTH_SCOPES = ["read_investments", "read_profile", "write_profile", "trade", "fund", "create_account"] as const;
