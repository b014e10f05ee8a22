import type { EventTransport, Provider } from "../../generated/prisma/enums";
import { intakeLimitsFromEnv } from "../../lib/events/intake-limits";
import { createRejectionLog, type RejectionDb, type RejectionLog } from "../../lib/events/record-rejection";

export type Rejection = { reason: string; body: string };

let log: RejectionLog | undefined;

/**
 * Keeps deliveries we cannot store, through the same rejection log as the webhooks
 * (lib/events/record-rejection.ts: storable samples of INTAKE_REJECTION_SAMPLE_BYTES, a
 * per-minute allowance per sender, counted beyond it), for a whole batch at once and in
 * the caller's transaction. Bus messages carry no IP or request id: the sender is the bus.
 */
export async function recordRejections(db: RejectionDb, provider: Provider, transport: EventTransport, rejections: Rejection[]) {
  if (rejections.length === 0) return;
  log ??= createRejectionLog(intakeLimitsFromEnv());
  await log.record(
    db,
    rejections.map(({ reason, body }) => ({ provider, transport, reason, body })),
  );
}
