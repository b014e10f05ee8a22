import { timingSafeEqual } from "node:crypto";

import type { EventTransport, Provider, SignatureResult } from "@/generated/prisma/enums";

import { parseCashlinkWebhook } from "./envelopes/cashlink";
import { parseInvestSuiteEvent } from "./envelopes/investsuite";
import { parseWiseAlphaEvent } from "./envelopes/wisealpha";
import { verifyBase64Hmac } from "./signatures";
import type { ParsedDelivery } from "./stored-event";
import type { WebhookSecrets } from "./webhook-secrets";

/** Any headers object: the Fetch API's `Headers`, or the listener's adapter over node's. */
export type HeaderReader = { get(name: string): string | null };

export type WebhookSpec = {
  provider: Provider;
  transport: EventTransport;
  /** Checks the sender on the raw bytes (signature or token); a reason when it fails. */
  authenticate(rawBody: Buffer, headers: HeaderReader): { ok: true; signature: SignatureResult } | { ok: false; reason: string };
  parse(rawBody: string): ParsedDelivery;
};

export const INTAKE_PATHS = ["/api/webhooks/wisealpha", "/api/webhooks/cashlink", "/api/intake/investsuite"] as const;
export type IntakePath = (typeof INTAKE_PATHS)[number];

/** Valid when the `header` carries the base64 HMAC-SHA256 of the raw body under `key`. */
function hmacSigned(key: Buffer, header: string): WebhookSpec["authenticate"] {
  return (rawBody, headers) =>
    verifyBase64Hmac(key, rawBody, headers.get(header.toLowerCase()))
      ? { ok: true, signature: "VALID" }
      : { ok: false, reason: `Missing or invalid ${header}.` };
}

/**
 * Every machine-facing intake path and how it authenticates and parses a delivery. The
 * Next.js route handlers and the intake listener (lib/events/intake-server.ts) both
 * look their spec up here, so the two transports cannot verify differently.
 */
export function webhookSpecs(secrets: WebhookSecrets): Record<IntakePath, WebhookSpec> {
  const wiseAlphaKey = Buffer.from(secrets.WISEALPHA_WEBHOOK_KEY, "base64");
  const investSuiteKey = Buffer.from(secrets.INVESTSUITE_PUSH_SECRET, "utf8");
  const cashlinkBearer = Buffer.from(`Bearer ${secrets.CASHLINK_WEBHOOK_TOKEN}`);
  return {
    "/api/webhooks/wisealpha": {
      provider: "WISEALPHA",
      transport: "WEBHOOK",
      authenticate: hmacSigned(wiseAlphaKey, "x-wisealpha-signature"),
      parse: parseWiseAlphaEvent,
    },
    "/api/webhooks/cashlink": {
      provider: "CASHLINK",
      transport: "WEBHOOK",
      authenticate: (_rawBody, headers) => {
        // Cashlink signs nothing (provider-apis §3.6); a token configured on both sides is the check we have.
        const given = Buffer.from(headers.get("authorization") ?? "");
        return given.length === cashlinkBearer.length && timingSafeEqual(given, cashlinkBearer)
          ? { ok: true, signature: "VALID" }
          : { ok: false, reason: "Missing or invalid bearer token." };
      },
      parse: parseCashlinkWebhook,
    },
    "/api/intake/investsuite": {
      provider: "INVESTSUITE",
      transport: "HTTP_PUSH",
      authenticate: hmacSigned(investSuiteKey, "X-InvestSuite-Signature"),
      parse: parseInvestSuiteEvent,
    },
  };
}
