import { z } from "zod";

import { unstorableJsonProblem } from "../storable-payload";
import { parseProviderTime, storableEvent, stringOrNull, type ParsedDelivery } from "../stored-event";

/** InvestSuite's outbound envelope (seed "Events": id, created, version, subject, action, data). */
export const investSuiteEnvelopeSchema = z.object({
  id: z.string().min(1).max(200),
  created: z.string().max(100),
  version: z.string().max(100),
  subject: z.string().min(1).max(100),
  action: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()),
});

export function parseInvestSuiteEvent(rawBody: string): ParsedDelivery {
  const envelope = parseJson(rawBody, investSuiteEnvelopeSchema);
  if (!envelope.ok) return envelope;
  const { id, created, subject, action, data } = envelope.value;
  // Portfolio events carry the portfolio in data.id; assessments and optimizations name it explicitly.
  const portfolioRef = stringOrNull(data.portfolio_id) ?? (subject === "portfolios" ? stringOrNull(data.id) : null);
  return storableEvent({
    providerEventId: id,
    type: `${subject}.${action}`,
    providerCreatedAt: parseProviderTime(created),
    refs: { portfolioRef, userRef: stringOrNull(data.owned_by_user_id) ?? stringOrNull(data.user_id) },
    rawPayload: rawBody,
  });
}

/**
 * Every envelope (and so every transport: webhooks, push, AMQP, MQTT) parses here; the
 * storability check comes first, on the text PostgreSQL will be handed.
 */
export function parseJson<T>(
  rawBody: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; reason: string; unstorable?: boolean } {
  const problem = unstorableJsonProblem(rawBody);
  if (problem) return { ok: false, reason: problem, unstorable: true };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "Body is not valid JSON." };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      reason: `Body does not match the event envelope: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    };
  }
  return { ok: true, value: parsed.data };
}
