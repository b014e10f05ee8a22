import { randomUUID } from "node:crypto";
import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as wiseAlphaWebhook } from "@/app/api/webhooks/wisealpha/route";
import { getDb } from "@/lib/db";
import { intakeListener, nextRoutes } from "@/scripts/test-support/intake-transports";

import { intakeLimitsFromEnv } from "./intake-limits";
import { MAX_BODY_BYTES } from "./receive-delivery";

// Issue 20, finding 8 (intake): bodies are bounded while they are read, and the rejection
// log's growth per sender is capped while every refused delivery is still counted.

const MiB = 1024 * 1024;
const freshIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

describe("web app route: a 64 MB body", () => {
  it("is refused with 413 after reading at most a little over 1 MiB of it, and recorded", async () => {
    let pulled = 0;
    const total = 64 * MiB;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        const chunk = new Uint8Array(64 * 1024).fill(0x78);
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const ip = freshIp();
    const request = new Request("http://localhost/api/webhooks/wisealpha", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      duplex: "half",
    } as RequestInit);
    const response = await wiseAlphaWebhook(request);
    expect(response.status).toBe(413);
    // The old route read all 64 MB (arrayBuffer) before looking at the size.
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 4 * 64 * 1024);
    expect(await getDb().eventRejection.count({ where: { ip } })).toBe(1);
  });
});

describe("intake listener: oversized bodies", () => {
  const listener = intakeListener();
  beforeAll(() => listener.start());
  afterAll(() => listener.stop());

  /** Posts with the given headers, writing `chunk` every tick until answered; resolves with the status and bytes written by then. */
  function trickle(headers: Record<string, string>, maxBytes: number): Promise<{ status: number; written: number }> {
    const url = new URL(`${listener.url()}/api/webhooks/wisealpha`);
    return new Promise((resolve, reject) => {
      let written = 0;
      let answered = false;
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers });
      const timer = setTimeout(() => reject(new Error(`no answer after ${written} bytes`)), 10_000);
      req.on("response", (res) => {
        answered = true;
        clearTimeout(timer);
        res.resume();
        resolve({ status: res.statusCode ?? 0, written });
        req.destroy();
      });
      // The server closing on us after its answer is expected; before it, the answer is what counts.
      req.on("error", (err) => (answered ? undefined : setTimeout(() => !answered && reject(err), 200)));
      const chunk = Buffer.alloc(64 * 1024, 0x78);
      const pump = () => {
        if (answered || written >= maxBytes) return;
        written += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", pump);
      };
      pump();
    });
  }

  it("answers 413 to a declared 200 MB at once, without waiting for the body", async () => {
    const result = await trickle({ "content-length": String(200 * MiB), "x-forwarded-for": freshIp() }, 256 * 1024);
    expect(result.status).toBe(413);
  });

  it("answers 413 to a chunked body once it passes the limit, not at its end", async () => {
    const result = await trickle({ "transfer-encoding": "chunked", "x-forwarded-for": freshIp() }, 64 * MiB);
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(8 * MiB);
  });
});

describe.each([nextRoutes, intakeListener()])("$name: rejection log growth", (transport) => {
  beforeAll(() => transport.start());
  afterAll(() => transport.stop());

  it(
    "keeps at most the per-minute allowance of 2 KB samples for 300 unsigned 67 KB posts, and counts every one",
    { timeout: 60_000 },
    async () => {
      const ip = freshIp();
      const { perSenderPerMinute, sampleBytes } = intakeLimitsFromEnv();
      const body = JSON.stringify({ id: "x", junk: "j".repeat(67 * 1024) });
      for (let round = 0; round < 15; round++) {
        const replies = await Promise.all(
          Array.from({ length: 20 }, () => transport.post("/api/webhooks/wisealpha", body, { "x-forwarded-for": ip })),
        );
        expect(replies.map((r) => r.status)).toEqual(Array(20).fill(401));
      }
      const db = getDb();
      const rows = await db.eventRejection.findMany({ where: { ip }, select: { body: true } });
      const counted = await db.eventRejectionCount.aggregate({ where: { sender: ip }, _sum: { count: true } });
      // A minute boundary during the run gives the sender a second allowance.
      expect(rows.length).toBeGreaterThanOrEqual(perSenderPerMinute);
      expect(rows.length).toBeLessThanOrEqual(2 * perSenderPerMinute);
      expect(rows.length + (counted._sum.count ?? 0)).toBe(300);
      for (const row of rows) expect(Buffer.byteLength(row.body)).toBeLessThan(sampleBytes + 100);
      // The old log grew by 300 × 64 KB ≈ 20 MB here.
      expect(rows.reduce((sum, r) => sum + Buffer.byteLength(r.body), 0)).toBeLessThan(300 * 1024);
    },
  );
});
