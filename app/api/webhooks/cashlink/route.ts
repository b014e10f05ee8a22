// POST /api/webhooks/cashlink - Cashlink investment status webhooks, authenticated by a shared bearer token
import { timingSafeEqual } from "node:crypto";

import { getEnv } from "@/lib/env";
import { parseCashlinkWebhook } from "@/lib/events/envelopes/cashlink";
import { receiveWebhook } from "@/lib/events/receive-webhook";

export async function POST(request: Request) {
  const expected = Buffer.from(`Bearer ${getEnv().CASHLINK_WEBHOOK_TOKEN}`);
  return receiveWebhook(request, {
    provider: "CASHLINK",
    transport: "WEBHOOK",
    authenticate: (_rawBody, headers) => {
      // Cashlink signs nothing (provider-apis §3.6); a token configured on both sides is the check we have.
      const given = Buffer.from(headers.get("authorization") ?? "");
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? { ok: true, signature: "VALID" }
        : { ok: false, reason: "Missing or invalid bearer token." };
    },
    parse: parseCashlinkWebhook,
  });
}
