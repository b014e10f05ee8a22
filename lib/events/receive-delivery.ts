import { randomUUID } from "node:crypto";

import type { Logger } from "pino";

import type { RawQueries } from "../db/pg-raw-queries";
import { isDataError } from "./data-error";
import { ingestEvents } from "./ingest";
import { createIngestBatcher, type IngestBatcher } from "./ingest-batcher";
import type { RejectionDb, RejectionLog } from "./record-rejection";
import type { HeaderReader, WebhookSpec } from "./webhook-specs";

/** Larger deliveries are refused with 413 (and recorded); no provider event comes near it. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Where refused deliveries are recorded (storage of accepted ones is the batcher's). */
export type IntakeContext = { db: RejectionDb; rejections: RejectionLog; batcher: IngestBatcher; logger: Logger };
/**
 * One delivery as any HTTP transport received it: the raw bytes, the headers and the
 * caller's IP (behind trusted proxies). `tooLarge`: the transport stopped reading past
 * MAX_BODY_BYTES (or the declared length was already over it); `rawBody` holds what it kept.
 * `incomplete`: the sender stopped mid-body (read-body.ts).
 */
export type Delivery = { rawBody: Buffer; headers: HeaderReader; ip: string | null; tooLarge?: boolean; incomplete?: boolean };

/** A load balancer's request id is kept only if it looks like one; anything else could fill logs and rows. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export type DeliveryReply = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

/**
 * The batcher of one process (web app or intake listener). The numbers are a
 * latency/throughput trade: a delivery waits ≤ 2 ms for company, a batch of 250 stays
 * one short statement, and two batches in flight leave the pool's other connections
 * to the pages. The bench (`npm run bench`) is where to re-tune them.
 */
export function createWebhookBatcher(db: RawQueries): IngestBatcher {
  return createIngestBatcher({
    ingest: (meta, events) => ingestEvents(db, meta, events),
    maxItems: 250,
    maxWaitMs: 2,
    maxInFlight: 2,
  });
}

/**
 * The shared body of every event-receiving endpoint, whatever serves it (Next.js route
 * handlers, the intake listener): raw body → authenticate → parse → store once → 200.
 * Concurrent deliveries share one commit (ingest-batcher.ts), but each 200 is returned
 * only after its own row is committed; a storage failure answers 503 so the provider
 * delivers again (storage is idempotent, so a redelivery is harmless). What can never be
 * stored (too large, unsigned, malformed, unstorable for PostgreSQL) is refused with a
 * 4xx and recorded (record-rejection.ts), so it is not redelivered forever.
 */
export async function receiveDelivery(ctx: IntakeContext, spec: WebhookSpec, delivery: Delivery): Promise<DeliveryReply> {
  const { rawBody, headers, ip } = delivery;
  // Neither proxy.ts nor the listener gives intake requests an id: a load balancer's, or our own.
  const given = headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  const reject = async (status: number, reason: string): Promise<DeliveryReply> => {
    let counted = 0;
    try {
      ({ counted } = await ctx.rejections.record(ctx.db, [
        { provider: spec.provider, transport: spec.transport, reason, body: rawBody, ip, requestId },
      ]));
    } catch (err) {
      // Not recorded, so not refused for good: the sender tries again and we record it then.
      ctx.logger.error({ err, requestId, provider: spec.provider }, "event rejection not recorded");
      return { status: 503, body: { error: "Not recorded; deliver again." }, headers: { "x-request-id": requestId } };
    }
    // Beyond the sender's allowance a flood must not fill the logs either: those only at debug.
    ctx.logger[counted > 0 ? "debug" : "warn"](
      { requestId, provider: spec.provider, ip, reason: reason.slice(0, 200) },
      "event delivery rejected",
    );
    return { status, body: { error: reason }, headers: { "x-request-id": requestId } };
  };

  if (delivery.tooLarge || rawBody.length > MAX_BODY_BYTES) return reject(413, `Body larger than ${MAX_BODY_BYTES} bytes.`);
  if (delivery.incomplete) return reject(400, "Body ended before it was complete.");
  const auth = spec.authenticate(rawBody, headers);
  if (!auth.ok) return reject(401, auth.reason);
  const parsed = spec.parse(rawBody.toString("utf8"));
  if (!parsed.ok) return reject(parsed.unstorable ? 422 : 400, parsed.reason);

  try {
    const { duplicate } = await ctx.batcher.submit(
      { provider: spec.provider, transport: spec.transport, signature: auth.signature },
      parsed.event,
    );
    return { status: 200, body: { received: true, duplicate }, headers: { "x-request-id": requestId } };
  } catch (err) {
    if (isDataError(err)) return reject(422, "The database cannot store this event (a value is out of range or too large).");
    // Not stored, so not acknowledged: the provider delivers again.
    ctx.logger.error({ err, requestId, provider: spec.provider }, "event delivery not stored");
    return { status: 503, body: { error: "Not stored; deliver again." }, headers: { "x-request-id": requestId } };
  }
}
