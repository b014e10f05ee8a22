import "server-only";

import { NextResponse } from "next/server";

import type { EventTransport, Provider, SignatureResult } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { clientIp, getRequestLogger } from "@/lib/request-context";

import { ingestEvents } from "./ingest";
import { recordRejection } from "./record-rejection";
import type { ParsedDelivery } from "./stored-event";

const MAX_BODY_BYTES = 1024 * 1024;

export type WebhookSpec = {
  provider: Provider;
  transport: EventTransport;
  /** Checks the sender on the raw bytes (signature or token); a reason when it fails. */
  authenticate(rawBody: Buffer, headers: Headers): { ok: true; signature: SignatureResult } | { ok: false; reason: string };
  parse(rawBody: string): ParsedDelivery;
};

/**
 * The shared body of every event-receiving route: raw body → authenticate →
 * parse → store once → 200. The 200 is sent only after the row is committed; any
 * failure before that answers 5xx so the provider delivers again (storage is
 * idempotent, so a redelivery is harmless). Refused deliveries are recorded.
 */
export async function receiveWebhook(request: Request, spec: WebhookSpec): Promise<Response> {
  const db = getDb();
  const ip = clientIp(request.headers);
  const requestId = request.headers.get("x-request-id");
  const rawBody = Buffer.from(await request.arrayBuffer());
  const reject = async (status: number, reason: string) => {
    await recordRejection(db, { provider: spec.provider, transport: spec.transport, reason, body: rawBody, ip, requestId });
    (await getRequestLogger()).warn({ provider: spec.provider, reason }, "event delivery rejected");
    return NextResponse.json({ error: reason }, { status });
  };

  if (rawBody.length > MAX_BODY_BYTES) return reject(413, `Body larger than ${MAX_BODY_BYTES} bytes.`);
  const auth = spec.authenticate(rawBody, request.headers);
  if (!auth.ok) return reject(401, auth.reason);
  const parsed = spec.parse(rawBody.toString("utf8"));
  if (!parsed.ok) return reject(400, parsed.reason);

  const result = await ingestEvents(db, { provider: spec.provider, transport: spec.transport, signature: auth.signature }, [parsed.event]);
  return NextResponse.json({ received: true, duplicate: result.stored === 0 });
}
