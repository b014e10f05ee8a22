import { z } from "zod";

import { storableText } from "./storable";

const id = storableText(64).min(1, "No id given.");
/** A decision about who a person is must say why: the reason is what an auditor reads later. */
const reason = storableText(500).trim().min(3, "Give a reason (at least 3 characters).");

export const decideMatchSchema = z.object({ matchId: id, reason });
export const unlinkPersonSchema = z.object({
  customerId: id,
  provider: z.enum(["INVESTSUITE", "WISEALPHA", "CASHLINK"]),
  reason,
});
export const customerIdSchema = z.object({ customerId: id });

export const CUSTOMER_PROVIDER_FILTERS = ["INVESTSUITE", "WISEALPHA", "CASHLINK"] as const;
export const CUSTOMER_KYC_FILTERS = ["VERIFIED", "PENDING", "FAILED", "NONE"] as const;

/** /customers URL: q, provider (repeatable), kyc, open work, page. */
export const customerListParamsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  provider: z
    .union([z.enum(CUSTOMER_PROVIDER_FILTERS), z.array(z.enum(CUSTOMER_PROVIDER_FILTERS))])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .catch(undefined),
  kyc: z.enum(CUSTOMER_KYC_FILTERS).optional().catch(undefined),
  work: z.enum(["open"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type CustomerListParams = z.infer<typeof customerListParamsSchema>;

export const TIMELINE_SOURCES = ["provider", "ours", "audit"] as const;
