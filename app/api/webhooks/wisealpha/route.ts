// POST /api/webhooks/wisealpha - WiseAlpha events, verified by x-wisealpha-signature on the raw body
import { getEnv } from "@/lib/env";
import { parseWiseAlphaEvent } from "@/lib/events/envelopes/wisealpha";
import { receiveWebhook } from "@/lib/events/receive-webhook";
import { verifyBase64Hmac } from "@/lib/events/signatures";

export async function POST(request: Request) {
  const key = Buffer.from(getEnv().WISEALPHA_WEBHOOK_KEY, "base64");
  return receiveWebhook(request, {
    provider: "WISEALPHA",
    transport: "WEBHOOK",
    authenticate: (rawBody, headers) =>
      verifyBase64Hmac(key, rawBody, headers.get("x-wisealpha-signature"))
        ? { ok: true, signature: "VALID" }
        : { ok: false, reason: "Missing or invalid x-wisealpha-signature." },
    parse: parseWiseAlphaEvent,
  });
}
