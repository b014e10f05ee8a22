// POST /api/webhooks/wisealpha - WiseAlpha events, verified by x-wisealpha-signature on the raw body (lib/events/webhook-specs.ts)
import { receiveWebhook } from "@/lib/events/receive-webhook";

export async function POST(request: Request) {
  return receiveWebhook(request, "/api/webhooks/wisealpha");
}
