// POST /api/webhooks/cashlink - Cashlink investment status webhooks, authenticated by a shared bearer token (lib/events/webhook-specs.ts)
import { receiveWebhook } from "@/lib/events/receive-webhook";

export async function POST(request: Request) {
  return receiveWebhook(request, "/api/webhooks/cashlink");
}
