import { z } from "zod";

import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";

import { storableText } from "./storable";

/** The notification keys and periods WiseAlpha knows (seed 004 "Customer Profiles"). */
export const NOTIFICATION_KEYS = [
  "BOND_LISTINGS:MORE_OF_BOND_AVAILABLE",
  "BOND_LISTINGS:NEW_BOND_AVAILABLE",
  "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS",
  "OTHER:NEWS_AND_UPDATES",
] as const;
export const NOTIFICATION_CHANNELS = ["push", "email"] as const;

export const notificationSettingSchema = z.object({
  customerRef: z.string().regex(WISEALPHA_CUSTOMER_ID, "a WiseAlpha customer id"),
  channel: z.enum(NOTIFICATION_CHANNELS),
  key: z.enum(NOTIFICATION_KEYS),
  enabled: z.boolean(),
});
export type NotificationSettingInput = z.infer<typeof notificationSettingSchema>;

export const REPORT_TYPES = ["portfolio_value", "gain_loss", "account_statement", "tax_report"] as const;
export const reportDownloadSchema = z.object({
  customer: z.string().regex(WISEALPHA_CUSTOMER_ID, "a WiseAlpha customer id"),
  account: z.string().regex(/^[A-Z]+\d+$/, "a WiseAlpha account reference"),
  type: z.enum(REPORT_TYPES),
  format: z.enum(["csv", "pdf"]),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const ledgerExportSchema = z.object({
  customer: z.string().regex(WISEALPHA_CUSTOMER_ID, "a WiseAlpha customer id"),
  account: z.string().regex(/^[A-Z]+\d+$/, "a WiseAlpha account reference"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  type: storableText(80).optional(),
  direction: z.enum(["in", "out"]).optional(),
  from: storableText(40).optional(),
  to: storableText(40).optional(),
});

/** What WiseAlpha's OAuth redirect brings back (seed 004): our state, and a code or an error. */
export const oauthCallbackSchema = z.object({
  state: storableText(200).optional(),
  code: storableText(500).optional(),
  error: storableText(100).optional(),
});

export const closeRobowiseSchema = z.object({
  customerRef: z.string().regex(WISEALPHA_CUSTOMER_ID, "a WiseAlpha customer id"),
  accountId: z.string().regex(/^[A-Z]+\d+$/, "a WiseAlpha account reference"),
  robowiseId: z.string().regex(/^[A-Z]+\d+$/, "a robowise portfolio reference"),
  closureType: z.enum(["transfer_to_parent", "liquidate"]),
});
export type CloseRobowiseInput = z.infer<typeof closeRobowiseSchema>;
