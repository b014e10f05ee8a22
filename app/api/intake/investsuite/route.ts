// POST /api/intake/investsuite - InvestSuite outbound events pushed over HTTP, verified by X-InvestSuite-Signature
import { getEnv } from "@/lib/env";
import { parseInvestSuiteEvent } from "@/lib/events/envelopes/investsuite";
import { receiveWebhook } from "@/lib/events/receive-webhook";
import { verifyBase64Hmac } from "@/lib/events/signatures";

export async function POST(request: Request) {
  const key = Buffer.from(getEnv().INVESTSUITE_PUSH_SECRET, "utf8");
  return receiveWebhook(request, {
    provider: "INVESTSUITE",
    transport: "HTTP_PUSH",
    authenticate: (rawBody, headers) =>
      verifyBase64Hmac(key, rawBody, headers.get("x-investsuite-signature"))
        ? { ok: true, signature: "VALID" }
        : { ok: false, reason: "Missing or invalid X-InvestSuite-Signature." },
    parse: parseInvestSuiteEvent,
  });
}
