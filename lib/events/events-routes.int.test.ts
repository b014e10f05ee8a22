import { describe, expect, it } from "vitest";

import { GET as exportEvents } from "@/app/api/events/export/route";
import { GET as tail } from "@/app/api/events/tail/route";
import { getDb } from "@/lib/db";
import { ingestEvents } from "@/lib/events/ingest";
import { signInAs } from "@/scripts/test-support/auth";

const TYPE = `routes-${Date.now()}`;
const get = (handler: typeof tail, query: string) => handler(new Request(`http://localhost/api/events?${query}`), {});

async function seed() {
  const rows = [
    {
      providerEventId: `${TYPE}-1`,
      type: `${TYPE}.a`,
      providerCreatedAt: null,
      refs: { customerRef: "C-R" },
      rawPayload: '{"amount":1234.567890123456789012}',
    },
    { providerEventId: `${TYPE}-2`, type: `${TYPE}.b`, providerCreatedAt: null, refs: {}, rawPayload: '{"note":"comma, \\"quote\\""}' },
  ];
  return ingestEvents(getDb(), { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, rows);
}

describe("event route handlers", () => {
  it("tail: rows after the cursor, ids as strings, filters applied", async () => {
    const { newIds } = await seed();
    await signInAs("STAFF");
    const response = await get(tail, `after=${newIds[0]! - 1n}&type=${TYPE}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: { id: string; type: string; refs: unknown }[]; more: boolean };
    expect(body.events.map((e) => e.id)).toEqual(newIds.map(String));
    expect(body.events[0]).toMatchObject({ type: `${TYPE}.a`, refs: [{ kind: "customer", value: "C-R" }] });
    expect(body.more).toBe(false);
    expect((await get(tail, "after=abc")).status).toBe(400);
  });

  it("export: NDJSON keeps payload numbers exact, CSV quotes properly, and both are audited", async () => {
    await seed();
    const { user } = await signInAs("COMPLIANCE");
    const ndjson = await (await get(exportEvents, `format=ndjson&type=${TYPE}`)).text();
    const lines = ndjson.trim().split("\n");
    // The first test stored these; seeding again only counted deliveries.
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes('"payload":{"amount": 1234.567890123456789012}'))).toBe(true);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("provider", "WISEALPHA");

    const csv = await (await get(exportEvents, `format=csv&type=${TYPE}.b`)).text();
    expect(csv.split("\n")[0]).toBe(
      "id,receivedAt,provider,providerEventId,type,status,transport,deliveries,attempts,portfolioRef,userRef,customerRef,accountRef,orderRef,investmentRef,lastError,payload",
    );
    expect(csv).toContain('"{""note"": ""comma, \\""quote\\""""}"');

    expect(await getDb().auditEntry.count({ where: { action: "events.exported", actorId: user.id } })).toBe(2);
    expect((await get(exportEvents, "format=xml")).status).toBe(400);
  });

  it("export is refused to STAFF (payloads carry personal data)", async () => {
    await signInAs("STAFF");
    expect((await get(exportEvents, "format=csv")).status).toBe(403);
  });
});
