import { randomUUID } from "node:crypto";
import http from "node:http";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { bodyFor } from "@/scripts/test-support/hostile-deliveries";
import { intakeListener, nextRoutes } from "@/scripts/test-support/intake-transports";

import { signBase64Hmac } from "./signatures";
import { INTAKE_PATHS, type IntakePath } from "./webhook-specs";

// Issue 20, done-when 2 (intake): hostile deliveries at every intake route, signed and
// unsigned: no answer >= 500, no hang, and every refused delivery recorded (a row of its
// own or its sender's per-minute count).

const WA_KEY = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");
const IS_SECRET = Buffer.from("sandbox-investsuite-push-secret", "utf8");
const CASHLINK = "Bearer sandbox-cashlink-webhook-token";
const RUNS = Number(process.env.INTAKE_FUZZ_RUNS ?? 120);

function headersFor(path: IntakePath, body: Buffer, signed: boolean, contentType: string, requestId: string) {
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-request-id": requestId,
    "x-forwarded-for": `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`,
  };
  if (!signed) return headers;
  if (path === "/api/webhooks/wisealpha") headers["x-wisealpha-signature"] = signBase64Hmac(WA_KEY, body);
  else if (path === "/api/intake/investsuite") headers["x-investsuite-signature"] = signBase64Hmac(IS_SECRET, body);
  else headers.authorization = CASHLINK;
  return headers;
}

const delivery = fc.constantFrom(...INTAKE_PATHS).chain((path) =>
  fc.record({
    path: fc.constant(path),
    body: bodyFor(path),
    signed: fc.boolean(),
    contentType: fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "",
      "application/json; charset=latin1",
    ),
    requestId: fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 300 }).map((s) => s.replace(/[^\x21-\x7e]/g, "x") || "r"),
    ),
  }),
);

/** Whether the delivery left a trace: a rejection row or a count for its sender. */
async function recorded(ip: string) {
  const db = getDb();
  const rows = await db.eventRejection.count({ where: { ip } });
  const counted = await db.eventRejectionCount.aggregate({ where: { sender: ip }, _sum: { count: true } });
  return rows + (counted._sum.count ?? 0);
}

describe.each([nextRoutes, intakeListener()])("$name under fuzzing", (transport) => {
  beforeAll(() => transport.start());
  afterAll(() => transport.stop());

  it(`answers ${RUNS} hostile deliveries below 500, each within 10 s, and records every refusal`, { timeout: 300_000 }, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(delivery, async ({ path, body, signed, contentType, requestId }) => {
        const headers = headersFor(path, body, signed, contentType, requestId);
        const response = await Promise.race([
          transport.post(path, body, headers),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in 10 s at ${path}`)), 10_000)),
        ]);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        if (response.status === 200) return;
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(await recorded(headers["x-forwarded-for"]!)).toBe(1);
      }),
      { numRuns: RUNS },
    );
    // The run reached past the signature check, not only 401s.
    expect([...statuses.keys()].some((s) => s === 422 || s === 400)).toBe(true);
  });
});

describe("intake listener: a body cut off mid-way", () => {
  const listener = intakeListener();
  beforeAll(() => listener.start());
  afterAll(() => listener.stop());

  it("is recorded as refused when the sender goes away before the declared length", async () => {
    const ip = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
    const url = new URL(listener.url());
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: "/api/webhooks/wisealpha",
      method: "POST",
      headers: { "content-length": "1000", "x-forwarded-for": ip },
    });
    req.on("error", () => undefined);
    req.write('{"id":"cut');
    await new Promise((r) => setTimeout(r, 100));
    req.destroy();
    const deadline = Date.now() + 5_000;
    while ((await recorded(ip)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await recorded(ip)).toBe(1);
  });
});
