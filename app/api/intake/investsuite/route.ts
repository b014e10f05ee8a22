// POST /api/intake/investsuite - InvestSuite outbound events pushed over HTTP, verified by X-InvestSuite-Signature (lib/events/webhook-specs.ts)
import { receiveWebhook } from "@/lib/events/receive-webhook";

export async function POST(request: Request) {
  return receiveWebhook(request, "/api/intake/investsuite");
}
