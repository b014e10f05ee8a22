import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { intakeListener, nextRoutes } from "@/scripts/test-support/intake-transports";

import type { IntakePath } from "./webhook-specs";

import { signBase64Hmac } from "./signatures";

// Issue 20, findings 5 and 7: what PostgreSQL cannot store is refused with a 4xx and recorded,
// never answered 5xx (the provider would deliver it again forever) and never stored.

const WA_KEY = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");
const IS_SECRET = Buffer.from("sandbox-investsuite-push-secret", "utf8");
const uid = () => `${Date.now()}-${randomUUID().slice(0, 8)}`;
/** A sender of its own per case, so the rejection rows found are this case's. */
const freshIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

/** A signed WiseAlpha event whose `data` is the given JSON text (spliced in, so it can be anything). */
function waSigned(id: string, dataJson: string, created = "2026-11-23T10:00:00Z") {
  const body = `{"id":"${id}","created":"${created}","event_type":"account.updated","customer_id":"C1","data":${dataJson}}`;
  return { body, headers: { "x-wisealpha-signature": signBase64Hmac(WA_KEY, body) } };
}

describe.each([nextRoutes, intakeListener()])("$name", (transport) => {
  beforeAll(() => transport.start());
  afterAll(() => transport.stop());

  async function refusedAndRecorded(body: string | Buffer, headers: Record<string, string>, path: IntakePath = "/api/webhooks/wisealpha") {
    const ip = freshIp();
    const response = await transport.post(path, body, { ...headers, "x-forwarded-for": ip });
    const rejections = await getDb().eventRejection.findMany({ where: { ip } });
    return { status: response.status, json: (await response.json()) as { error?: string }, rejections };
  }

  it.each([
    ["a NUL escape in a string", '{"note":"a\\u0000b"}', /NUL/],
    ["a lone high surrogate", '{"note":"\\ud800x"}', /surrogate/],
    ["a lone low surrogate", '{"note":"x\\udc00"}', /surrogate/],
    ["a number beyond numeric (1e131072)", '{"amount":1e131072}', /number PostgreSQL cannot store/],
    ["a number with more than 16,383 decimals", `{"amount":0.${"0".repeat(16_383)}1}`, /number PostgreSQL cannot store/],
  ])("finding 7: refuses a signed event with %s with 422, records it and stores nothing", async (_what, data, reason) => {
    const id = `EV-poison-${uid()}`;
    const { body, headers } = waSigned(id, data);
    const result = await refusedAndRecorded(body, headers);
    expect(result.status).toBe(422);
    expect(result.json.error).toMatch(reason);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ provider: "WISEALPHA", transport: "WEBHOOK" });
    expect(result.rejections[0]!.reason).toMatch(reason);
    expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(0);
  });

  it("finding 7: a reference longer than an index entry can hold is refused with 422, not 503", async () => {
    const id = `IS-longref-${uid()}`;
    const body = JSON.stringify({
      id,
      created: "2026-11-23T10:00:00Z",
      version: "1",
      subject: "portfolios",
      action: "x",
      data: { id: "P".repeat(5000) },
    });
    const result = await refusedAndRecorded(
      body,
      { "x-investsuite-signature": signBase64Hmac(IS_SECRET, body) },
      "/api/intake/investsuite",
    );
    expect(result.status).toBe(422);
    expect(result.rejections).toHaveLength(1);
    expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(0);
  });

  it("finding 7: a provider time in year 275760 is stored without its time, not answered 503", async () => {
    const id = `EV-year-${uid()}`;
    const { body, headers } = waSigned(id, "{}", "+275760-09-13T00:00:00Z");
    const response = await transport.post("/api/webhooks/wisealpha", body, headers);
    expect(response.status).toBe(200);
    const row = await getDb().providerEvent.findFirstOrThrow({ where: { providerEventId: id } });
    expect(row.providerCreatedAt).toBeNull();
  });

  it("finding 7: raw NUL bytes, unsigned, are refused with 401 and recorded with the NUL escaped", async () => {
    const body = Buffer.concat([Buffer.from('{"id":"x\u0000'), Buffer.from([0, 0, 0]), Buffer.from('"}')]);
    const result = await refusedAndRecorded(body, { "x-request-id": "r".repeat(5_007) });
    expect(result.status).toBe(401);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]!.body).toBe('{"id":"x\\u0000\\u0000\\u0000\\u0000"}');
    // A client's 5,007-character request id is not stored; ours replaces it.
    expect(result.rejections[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it(
    "finding 5: a signed event nested 10,000 deep is refused with 422 and recorded, and the database stays responsive",
    { timeout: 30_000 },
    async () => {
      const id = `EV-deep-${uid()}`;
      const { body, headers } = waSigned(id, `{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
      const result = await Promise.race([
        refusedAndRecorded(body, headers),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the delivery hung")), 10_000)),
      ]);
      expect(result.status).toBe(422);
      expect(result.json.error).toMatch(/nested deeper than 64 levels/);
      expect(result.rejections).toHaveLength(1);
      expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(0);
      // Sign-in and intake hung behind the old statement; now the next delivery is stored at once.
      const next = waSigned(`EV-after-deep-${uid()}`, "{}");
      const started = performance.now();
      expect((await transport.post("/api/webhooks/wisealpha", next.body, next.headers)).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(5_000);
    },
  );
});
