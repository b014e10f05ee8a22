import type { EventTransport, Provider } from "../../generated/prisma/enums";
import type { WorkerDb, WorkerTx } from "./types";

const MAX_BODY_CHARS = 64 * 1024;

export type Rejection = { reason: string; body: string };

/**
 * Keeps deliveries we cannot parse, as lib/events/record-rejection.ts does for webhooks,
 * but for a whole batch in one statement. Bus messages carry no IP or request id.
 */
export async function recordRejections(db: WorkerDb | WorkerTx, provider: Provider, transport: EventTransport, rejections: Rejection[]) {
  if (rejections.length === 0) return;
  await db.eventRejection.createMany({
    data: rejections.map(({ reason, body }) => ({ provider, transport, reason, body: body.slice(0, MAX_BODY_CHARS) })),
  });
}
