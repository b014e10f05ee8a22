import { randomUUID } from "node:crypto";

import { afterEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { intakeListener } from "@/scripts/test-support/intake-transports";

import { signBase64Hmac } from "./signatures";

const WA_KEY = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");
const signed = (id: string) => {
  const body = JSON.stringify({ id, created: "2026-11-23T10:00:00Z", event_type: "account.updated", customer_id: "CUST7", data: {} });
  return { body, headers: { "x-wisealpha-signature": signBase64Hmac(WA_KEY, body) } };
};

/** The real client, with the batch INSERTs counted (ingestEvents is the only $queryRawUnsafe caller) or made to fail. */
function watchedDb(options: { failInserts?: boolean; slowMs?: number } = {}) {
  const db = getDb();
  const calls: number[] = [];
  return {
    calls,
    db: {
      eventRejection: db.eventRejection,
      $queryRaw: db.$queryRaw.bind(db),
      $executeRaw: db.$executeRaw.bind(db),
      $queryRawUnsafe: (async (query: string, ...values: unknown[]) => {
        calls.push(Array.isArray(values[0]) ? values[0].length : 1);
        if (options.failInserts) throw new Error("database went away");
        if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
        return db.$queryRawUnsafe(query, ...values);
      }) as typeof db.$queryRawUnsafe,
    },
  };
}

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe("intake listener", () => {
  it("stores concurrent deliveries in shared commits, answering each after its commit", async () => {
    const watched = watchedDb();
    const listener = intakeListener(watched.db);
    await listener.start();
    stop = listener.stop;
    const ids = Array.from({ length: 60 }, () => `EV-batch-${randomUUID()}`);
    const replies = await Promise.all(
      ids.map(async (id) => {
        const { body, headers } = signed(id);
        const response = await listener.post("/api/webhooks/wisealpha", body, headers);
        return [response.status, await getDb().providerEvent.count({ where: { providerEventId: id } })];
      }),
    );
    expect(replies).toEqual(ids.map(() => [200, 1]));
    // 60 deliveries in far fewer statements: they were batched, not one commit each.
    expect(watched.calls.length).toBeLessThan(ids.length / 2);
  });

  it("answers 503 and stores nothing when the commit fails, so the provider delivers again", async () => {
    const listener = intakeListener(watchedDb({ failInserts: true }).db);
    await listener.start();
    stop = listener.stop;
    const id = `EV-fail-${randomUUID()}`;
    const { body, headers } = signed(id);
    const response = await listener.post("/api/webhooks/wisealpha", body, headers);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "Not stored; deliver again." });
    expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(0);
  });

  it("reports health, and refuses other paths and methods", async () => {
    const listener = intakeListener();
    await listener.start();
    stop = listener.stop;
    const health = await fetch(`${listener.url()}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok", database: "ok" }]);
    expect((await fetch(`${listener.url()}/api/events`)).status).toBe(404);
    const get = await fetch(`${listener.url()}/api/webhooks/wisealpha`);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });

  it("on shutdown, answers the deliveries it already holds after their commit, then closes", async () => {
    // Commits take 500 ms, so the shutdown below arrives while all 20 deliveries wait for theirs.
    const listener = intakeListener(watchedDb({ slowMs: 500 }).db);
    await listener.start();
    const ids = Array.from({ length: 20 }, () => `EV-drain-${randomUUID()}`);
    const inFlight = ids.map((id) => listener.post("/api/webhooks/wisealpha", signed(id).body, signed(id).headers));
    await new Promise((r) => setTimeout(r, 200));
    await listener.stop();
    expect(await Promise.all(inFlight.map((p) => p.then((r) => r.status)))).toEqual(ids.map(() => 200));
    expect(await getDb().providerEvent.count({ where: { providerEventId: { in: ids } } })).toBe(ids.length);
    await expect(fetch(`${listener.url()}/health`)).rejects.toThrow();
  });
});
