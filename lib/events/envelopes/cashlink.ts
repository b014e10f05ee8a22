import { z } from "zod";

import { parseProviderTime, storableEvent, type ParsedDelivery } from "../stored-event";
import { parseJson } from "./investsuite";

/** Cashlink's status webhook: {investment_id, status, changed_at}. */
export const cashlinkWebhookSchema = z.object({
  investment_id: z.string().min(1).max(200),
  status: z.string().min(1).max(100),
  changed_at: z.string().min(1).max(100),
});

export function parseCashlinkWebhook(rawBody: string): ParsedDelivery {
  const parsed = parseJson(rawBody, cashlinkWebhookSchema);
  if (!parsed.ok) return parsed;
  const { investment_id, status, changed_at } = parsed.value;
  return storableEvent({
    // Cashlink sends no event id; one status change of one investment at one time is one event.
    providerEventId: `${investment_id}:${status}:${changed_at}`,
    type: "investment.status_changed",
    providerCreatedAt: parseProviderTime(changed_at),
    refs: { investmentRef: investment_id },
    rawPayload: rawBody,
  });
}
