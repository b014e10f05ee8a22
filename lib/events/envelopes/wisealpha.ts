import { z } from "zod";

import { parseProviderTime, storableEvent, stringOrNull, type ParsedDelivery } from "../stored-event";
import { parseJson } from "./investsuite";

/** WiseAlpha event (seed "Events and Webhooks": id, created, event_type, customer_id, data). */
export const wiseAlphaEventSchema = z.object({
  id: z.string().min(1).max(200),
  created: z.string().max(100),
  event_type: z.string().min(1).max(100),
  customer_id: z.union([z.string(), z.number()]).nullish(),
  data: z.record(z.string(), z.unknown()).default({}),
});

export function parseWiseAlphaEvent(rawBody: string): ParsedDelivery {
  const parsed = parseJson(rawBody, wiseAlphaEventSchema);
  if (!parsed.ok) return parsed;
  return storableEvent(wiseAlphaToStored(parsed.value, rawBody));
}

/** Also used by the /events/ poller, which receives the same objects inside a page. */
export function wiseAlphaToStored(event: z.infer<typeof wiseAlphaEventSchema>, rawPayload: string) {
  const { data } = event;
  const investment = (data.investment ?? {}) as Record<string, unknown>;
  const profile = (data.user_profile ?? {}) as Record<string, unknown>;
  return {
    providerEventId: event.id,
    type: event.event_type,
    providerCreatedAt: parseProviderTime(event.created),
    refs: {
      customerRef: stringOrNull(event.customer_id) ?? stringOrNull(profile.id),
      orderRef: stringOrNull(data.order_id),
      accountRef: stringOrNull(data.account_id),
      investmentRef: stringOrNull(investment.product_id),
    },
    rawPayload,
  };
}
