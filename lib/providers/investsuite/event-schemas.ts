import { z } from "zod";

import { parseWithExactDecimals } from "./exact-decimals";
import { eventEnvelopeSchema, moneySchema, PORTFOLIO_STATUSES } from "./schemas";

/**
 * `data` of the outbound events seed 000 documents, keyed by `subject.action`. The
 * envelope is checked for every event; data only for the ones we act on. Other events
 * (and fields we do not know yet) still pass, so a new InvestSuite event never blocks intake.
 */
const portfolioRef = {
  id: z.string(),
  external_id: z.string().nullable().optional(),
  owned_by_user_id: z.string().nullable().optional(),
  owned_by_external_user_id: z.string().nullable().optional(),
};

export const eventDataSchemas = {
  "portfolios.creation": z.object(portfolioRef),
  "portfolios.status-update": z.object({ ...portfolioRef, value: z.enum(PORTFOLIO_STATUSES) }),
  // The total requested, not an increment; 1e100 = full withdrawal (see isFullWithdrawal).
  "portfolios.divest-amount-update": z.object({ ...portfolioRef, divest_amount: moneySchema, currency: z.string() }),
  "portfolios.cash-available-for-withdrawal": z.object({ ...portfolioRef, currency: z.string() }),
  "optimizations.status-update": z.object({
    id: z.string(),
    portfolio_id: z.string(),
    external_id: z.string().nullable().optional(),
    is_recommended: z.boolean(),
    value: z.string(),
  }),
  "optimizations.owner-choice-update": z.object({
    id: z.string(),
    portfolio_id: z.string(),
    external_id: z.string().nullable().optional(),
    value: z.string(),
  }),
} as const;

export type KnownEventName = keyof typeof eventDataSchemas;

/**
 * Parses a raw event body (bytes as received, after the signature check) with money kept
 * as exact decimal text. Returns the envelope plus typed data when the event is known.
 */
export function parseInvestSuiteEvent(rawBody: string) {
  const envelope = eventEnvelopeSchema.parse(parseWithExactDecimals(rawBody));
  const name = `${envelope.subject}.${envelope.action}`;
  const schema = name in eventDataSchemas ? eventDataSchemas[name as KnownEventName] : undefined;
  return { name, envelope, data: schema ? schema.parse(envelope.data) : envelope.data };
}
