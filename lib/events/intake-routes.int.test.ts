import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { intakeListener, nextRoutes } from "@/scripts/test-support/intake-transports";

import { MAX_BODY_BYTES } from "./receive-delivery";
import { signBase64Hmac } from "./signatures";

const WA_KEY = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");
const IS_SECRET = Buffer.from("sandbox-investsuite-push-secret", "utf8");

/** Unique across both transports' runs of the same case. */
const uid = () => `${Date.now()}-${randomUUID().slice(0, 8)}`;

const waEvent = (id: string) =>
  JSON.stringify({
    id,
    created: "2026-11-23T10:00:00.123456Z",
    event_type: "account.document-rejected",
    customer_id: "CUST42",
    data: { document: { type: "proof_of_address", rejection_reason: "Blurred" } },
  });

// Every case against both servers of the intake paths: they share receive-delivery.ts, and this proves they answer alike.
describe.each([nextRoutes, intakeListener()])("$name", (transport) => {
  beforeAll(() => transport.start());
  afterAll(() => transport.stop());
  const { post } = transport;
  const wiseAlphaWebhook = (body: string, headers: Record<string, string>) => post("/api/webhooks/wisealpha", body, headers);
  const investSuitePush = (body: string, headers: Record<string, string>) => post("/api/intake/investsuite", body, headers);
  const cashlinkWebhook = (body: string, headers: Record<string, string>) => post("/api/webhooks/cashlink", body, headers);

  describe("WiseAlpha webhook route", () => {
    it("stores one event delivered 5 times concurrently exactly once, counting the deliveries", async () => {
      const body = waEvent(`EV-concurrent-${uid()}`);
      const signature = signBase64Hmac(WA_KEY, body);
      const responses = await Promise.all(Array.from({ length: 5 }, () => wiseAlphaWebhook(body, { "x-wisealpha-signature": signature })));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const duplicates = await Promise.all(responses.map(async (r) => ((await r.json()) as { duplicate: boolean }).duplicate));
      expect(duplicates.filter((d) => !d)).toHaveLength(1);

      const rows = await getDb().providerEvent.findMany({ where: { provider: "WISEALPHA", providerEventId: JSON.parse(body).id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        deliveries: 5,
        type: "account.document-rejected",
        customerRef: "CUST42",
        signature: "VALID",
        status: "PENDING",
        transport: "WEBHOOK",
      });
      expect(rows[0]!.providerCreatedAt?.toISOString()).toBe("2026-11-23T10:00:00.123Z");
    });

    it("rejects and records a wrong signature, and never stores the event", async () => {
      const id = `EV-forged-${uid()}`;
      const body = waEvent(id);
      const tampered = body.replace("Blurred", "Blurreb");
      const response = await wiseAlphaWebhook(tampered, { "x-wisealpha-signature": signBase64Hmac(WA_KEY, body) });
      expect(response.status).toBe(401);
      expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(0);
      const rejection = await getDb().eventRejection.findFirst({ where: { body: tampered } });
      expect(rejection).toMatchObject({ provider: "WISEALPHA", transport: "WEBHOOK", reason: "Missing or invalid x-wisealpha-signature." });
    });

    it("rejects a correctly signed body that is not an event, saying why", async () => {
      const body = JSON.stringify({ hello: "world" });
      const response = await wiseAlphaWebhook(body, { "x-wisealpha-signature": signBase64Hmac(WA_KEY, body) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^Body does not match the event envelope: id: /);
    });
  });

  describe("InvestSuite HTTP push route", () => {
    it("keeps amounts exactly as sent (no float rounding), including the 1e100 full-withdrawal marker", async () => {
      const id = `IS-exact-${uid()}`;
      const body = `{"id":"${id}","created":"2026-11-23T10:00:00+00:00","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"P01EXACT","divest_amount":1234.567890123456789012,"full":1e100,"currency":"EUR","owned_by_user_id":"U01X"}}`;
      const response = await investSuitePush(body, { "x-investsuite-signature": signBase64Hmac(IS_SECRET, body) });
      expect(response.status).toBe(200);
      const [row] = await getDb().$queryRaw<{ amount: string; full: string; portfolioRef: string; type: string }[]>`
      SELECT payload->'data'->>'divest_amount' AS amount, payload->'data'->>'full' AS full, "portfolioRef", type FROM "ProviderEvent" WHERE "providerEventId" = ${id}`;
      expect(row).toEqual({
        amount: "1234.567890123456789012",
        full: "1" + "0".repeat(100),
        portfolioRef: "P01EXACT",
        type: "portfolios.divest-amount-update",
      });
    });

    it("refuses an unsigned push", async () => {
      const response = await investSuitePush("{}", {});
      expect(response.status).toBe(401);
    });
  });

  describe("Cashlink webhook route", () => {
    it("accepts the shared token only, and one status change once", async () => {
      const body = JSON.stringify({ investment_id: `inv-${uid()}`, status: "accepted", changed_at: "2026-11-23T10:00:00Z" });
      expect((await cashlinkWebhook(body, { authorization: "Bearer wrong-token-wrong-token" })).status).toBe(401);
      const ok = () => cashlinkWebhook(body, { authorization: "Bearer sandbox-cashlink-webhook-token" });
      expect((await ok()).status).toBe(200);
      expect((await ok()).status).toBe(200);
      const rows = await getDb().providerEvent.findMany({ where: { provider: "CASHLINK", investmentRef: JSON.parse(body).investment_id } });
      expect(rows.map((r) => [r.type, r.deliveries])).toEqual([["investment.status_changed", 2]]);
    });
  });

  describe("every delivery", () => {
    it("is answered 200 only once its row is committed, and concurrent ones all land", async () => {
      const ids = Array.from({ length: 40 }, (_, i) => `EV-ack-${i}-${uid()}`);
      const seenAtAck = await Promise.all(
        ids.map(async (id) => {
          const body = waEvent(id);
          const response = await wiseAlphaWebhook(body, { "x-wisealpha-signature": signBase64Hmac(WA_KEY, body) });
          // Looked up the moment the 200 arrives: an acknowledged event must already be visible to another connection.
          return [response.status, await getDb().providerEvent.count({ where: { providerEventId: id } })];
        }),
      );
      expect(seenAtAck).toEqual(ids.map(() => [200, 1]));
    });

    it("refuses a body over the limit with 413 and records it", async () => {
      const body = Buffer.alloc(MAX_BODY_BYTES + 10, "x");
      const response = await wiseAlphaWebhook(body.toString(), { "x-wisealpha-signature": "irrelevant" });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: `Body larger than ${MAX_BODY_BYTES} bytes.` });
    });
  });
});
