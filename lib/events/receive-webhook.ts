import "server-only";

import { randomUUID } from "node:crypto";

import { NextResponse } from "next/server";

import type { EventTransport, Provider, SignatureResult } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { clientIp } from "@/lib/request-context";

import { ingestEvents } from "./ingest";
import { createIngestBatcher, type IngestBatcher } from "./ingest-batcher";
import { recordRejection } from "./record-rejection";
import type { ParsedDelivery } from "./stored-event";

const MAX_BODY_BYTES = 1024 * 1024;

const globalForBatcher = globalThis as unknown as { webhookIngestBatcher?: IngestBatcher };

/**
 * One batcher per web process (on globalThis: every route bundle shares it). The numbers
 * are a latency/throughput trade: a delivery waits ≤ 2 ms for company, a batch of 250
 * stays one short statement, and two batches in flight leave the pool's other
 * connections to the pages. The bench (`npm run bench`) is where to re-tune them.
 */
function webhookBatcher(): IngestBatcher {
  globalForBatcher.webhookIngestBatcher ??= createIngestBatcher({
    ingest: (meta, events) => ingestEvents(getDb(), meta, events),
    maxItems: 250,
    maxWaitMs: 2,
    maxInFlight: 2,
  });
  return globalForBatcher.webhookIngestBatcher;
}

export type WebhookSpec = {
  provider: Provider;
  transport: EventTransport;
  /** Checks the sender on the raw bytes (signature or token); a reason when it fails. */
  authenticate(rawBody: Buffer, headers: Headers): { ok: true; signature: SignatureResult } | { ok: false; reason: string };
  parse(rawBody: string): ParsedDelivery;
};

/**
 * The shared body of every event-receiving route: raw body → authenticate →
 * parse → store once → 200. Concurrent deliveries share one commit (ingest-batcher.ts),
 * but each 200 is sent only after its own row is committed; any
 * failure before that answers 5xx so the provider delivers again (storage is
 * idempotent, so a redelivery is harmless). Refused deliveries are recorded.
 */
export async function receiveWebhook(request: Request, spec: WebhookSpec): Promise<Response> {
  const db = getDb();
  const ip = clientIp(request.headers);
  // proxy.ts skips intake routes (see its matcher): a load balancer's id, or our own.
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  const rawBody = Buffer.from(await request.arrayBuffer());
  const reject = async (status: number, reason: string) => {
    await recordRejection(db, { provider: spec.provider, transport: spec.transport, reason, body: rawBody, ip, requestId });
    logger.warn({ requestId, provider: spec.provider, reason }, "event delivery rejected");
    return NextResponse.json({ error: reason }, { status });
  };

  if (rawBody.length > MAX_BODY_BYTES) return reject(413, `Body larger than ${MAX_BODY_BYTES} bytes.`);
  const auth = spec.authenticate(rawBody, request.headers);
  if (!auth.ok) return reject(401, auth.reason);
  const parsed = spec.parse(rawBody.toString("utf8"));
  if (!parsed.ok) return reject(400, parsed.reason);

  try {
    const { duplicate } = await webhookBatcher().submit(
      { provider: spec.provider, transport: spec.transport, signature: auth.signature },
      parsed.event,
    );
    return NextResponse.json({ received: true, duplicate }, { headers: { "x-request-id": requestId } });
  } catch (err) {
    // Not stored, so not acknowledged: the provider delivers again.
    logger.error({ err, requestId, provider: spec.provider }, "event delivery not stored");
    return NextResponse.json({ error: "Not stored; deliver again." }, { status: 503, headers: { "x-request-id": requestId } });
  }
}
