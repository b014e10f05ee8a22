import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { pgRawQueries } from "@/lib/db/pg-raw-queries";
import { poolTimeouts } from "@/lib/db/pool-timeouts";

import { intakeListener } from "@/scripts/test-support/intake-transports";

import { isDataError } from "./data-error";
import { signBase64Hmac } from "./signatures";
import { ingestEvents, type IngestMeta } from "./ingest";
import type { StoredEventInput } from "./stored-event";

// The safety net behind storable-payload.ts: whatever our checks miss, PostgreSQL's own refusal
// of a delivery's data must be told apart from the database being down, whichever client ran it.

const META: IngestMeta = { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" };
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, ...poolTimeouts() });
afterAll(() => pool.end());

const event = (id: string, rawPayload: string, portfolioRef: string | null = null): StoredEventInput => ({
  providerEventId: id,
  type: "t",
  providerCreatedAt: null,
  refs: { portfolioRef },
  rawPayload,
});

describe.each([
  ["Prisma", () => getDb()],
  ["pg (pgRawQueries)", () => pgRawQueries(pool)],
])("%s", (_name, client) => {
  it.each([
    ["a NUL escape", event("de-nul", '{"a":"\\u0000"}')],
    ["a lone surrogate", event("de-sur", '{"a":"\\ud800"}')],
    ["a number beyond numeric", event("de-num", '{"a":1e131072}')],
    ["an index entry too large", event("de-ref", "{}", "r".repeat(300_000))],
  ])("reports %s as the data's fault", async (_what, bad) => {
    const error = await ingestEvents(client(), META, [bad]).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).not.toBeNull();
    expect(isDataError(error)).toBe(true);
  });

  it("does not blame the data when the database is unreachable", async () => {
    const dead = new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 500 });
    const error = await ingestEvents(pgRawQueries(dead), META, [event("de-ok", "{}")]).catch((err: unknown) => err);
    await dead.end();
    expect(isDataError(error)).toBe(false);
  });
});

describe("intake listener", () => {
  it("answers 422 and records a delivery the database refuses for its data, though our checks let it through", async () => {
    const db = getDb();
    // The batch INSERT as the listener runs it, but with a payload PostgreSQL refuses put in place of the real one.
    const listener = intakeListener({
      eventRejection: db.eventRejection,
      $queryRaw: db.$queryRaw.bind(db),
      $executeRaw: db.$executeRaw.bind(db),
      $queryRawUnsafe: ((query: string, ...values: unknown[]) =>
        db.$queryRawUnsafe(
          query,
          ...values.map((v, i) => (i === 12 ? (v as string[]).map(() => '{"a":1e131072}') : v)),
        )) as typeof db.$queryRawUnsafe,
    });
    await listener.start();
    try {
      const id = `EV-missed-${Date.now()}`;
      const body = JSON.stringify({ id, created: "2026-11-23T10:00:00Z", event_type: "account.updated", customer_id: "C1", data: {} });
      const key = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");
      const ip = "2001:db8::dead:beef";
      const response = await listener.post("/api/webhooks/wisealpha", body, {
        "x-wisealpha-signature": signBase64Hmac(key, body),
        "x-forwarded-for": ip,
      });
      expect(response.status).toBe(422);
      expect(await db.eventRejection.count({ where: { ip } })).toBe(1);
    } finally {
      await listener.stop();
    }
  });
});
