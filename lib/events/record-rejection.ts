import type { EventTransport, Provider } from "@/generated/prisma/enums";
import type { getDb } from "@/lib/db";

const MAX_BODY = 64 * 1024;

/** Keeps a refused delivery for investigation; it is never parsed or processed. */
export async function recordRejection(
  // Only the delegate it uses: the web app's client (lib/db.ts) and the intake listener's (lib/db/create-client.ts) differ in `omit`.
  db: Pick<ReturnType<typeof getDb>, "eventRejection">,
  rejection: {
    provider: Provider;
    transport: EventTransport;
    reason: string;
    body: Buffer | string;
    ip?: string | null;
    requestId?: string | null;
  },
) {
  const body = typeof rejection.body === "string" ? rejection.body : rejection.body.toString("utf8");
  await db.eventRejection.create({
    data: {
      provider: rejection.provider,
      transport: rejection.transport,
      reason: rejection.reason,
      body: body.slice(0, MAX_BODY),
      ip: rejection.ip ?? null,
      requestId: rejection.requestId ?? null,
    },
  });
}
