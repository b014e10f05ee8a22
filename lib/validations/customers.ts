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

/** /customers filters as the data layer takes them (lib/customers/url-state.ts parses the URL). */
export type CustomerListParams = {
  q?: string | null;
  provider?: (typeof CUSTOMER_PROVIDER_FILTERS)[number][] | null;
  kyc?: (typeof CUSTOMER_KYC_FILTERS)[number] | null;
  work?: "open" | null;
  page: number;
  size: number;
};

export const TIMELINE_SOURCES = ["provider", "ours", "audit"] as const;
